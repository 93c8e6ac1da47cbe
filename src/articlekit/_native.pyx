# cython: language_level=3, boundscheck=False
"""The compiled build's native parts of rendering (Cython; optional, see ``docs/install.md``).

Two loops of :mod:`articlekit._render` run here when the compiled build is installed:

* :func:`render_body` walks the parsed tree through lxml's C API, as ``_render._render_body``
  walks it with ``iterwalk``, and calls the same renderer methods with the same arguments. It
  makes no element proxies and no strings for white space between tags.
* :func:`data_tokens` and :func:`opaque_sections` find the raw text runs the offset map is
  built from, and the comments, scripts and styles whose insides are not text, as the regular
  expressions ``_render._RAW_DATA`` and ``_render._RAW_OPAQUE_START`` do.

The Python code stays the reference: a plain install runs it, and the tests check that both
paths render every page identically (``tests/test_native.py``).
"""

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISSPACE
from libc.string cimport strcmp
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode

cimport lxml.includes.etreepublic as cetree

cetree.import_lxml__etree()

cdef extern from "Python.h":
    ctypedef unsigned char Py_UCS1
    ctypedef unsigned short Py_UCS2
    int PyUnicode_KIND(object o)
    void* PyUnicode_DATA(object o)

cdef extern from *:
    """
    /* 1: only ASCII white space (as str.isspace sees it), 0: an ASCII non-space, -1: non-ASCII */
    static int articlekit_ascii_space(const unsigned char* s) {
        for (; *s; s++) {
            unsigned char c = *s;
            if (c == ' ' || (c >= 9 && c <= 13) || (c >= 28 && c <= 31)) continue;
            return c >= 128 ? -1 : 0;
        }
        return 1;
    }
    """
    int articlekit_ascii_space(const unsigned char* s)


# -- the tree walk ---------------------------------------------------------------------------

cdef enum TextClass:
    NO_TEXT = -1  # no text node: lxml's .text/.tail is None
    EMPTY = 0  # only empty text nodes: ''
    SPACE = 1  # white space only
    OTHER = 2  # read it (and ask str.isspace when it is not plain ASCII)


cdef inline xmlNode* _text_or_skip(xmlNode* c_node) noexcept:
    """lxml's ``_textNodeOrSkip``: the next text node of a run, skipping XInclude markers."""
    while c_node is not NULL:
        if c_node.type == tree.XML_TEXT_NODE or c_node.type == tree.XML_CDATA_SECTION_NODE:
            return c_node
        if c_node.type == tree.XML_XINCLUDE_START or c_node.type == tree.XML_XINCLUDE_END:
            c_node = c_node.next
        else:
            return NULL
    return NULL


cdef TextClass _text_class(xmlNode* c_node) noexcept:
    """What the run of text nodes starting at ``c_node`` holds (lxml's ``_collectText`` run)."""
    cdef xmlNode* cur = _text_or_skip(c_node)
    cdef TextClass found = EMPTY
    cdef int ascii
    if cur is NULL:
        return NO_TEXT
    while cur is not NULL:
        if cur.content is not NULL and cur.content[0] != 0:
            ascii = articlekit_ascii_space(<const unsigned char*>cur.content)
            if ascii <= 0:
                return OTHER  # a non-space, or non-ASCII text str.isspace must judge
            found = SPACE
        cur = _text_or_skip(cur.next)
    return found


cdef inline bint _is_step(xmlNode* c_node) noexcept:
    """Whether lxml's ``iterwalk`` stops at a node: elements and entity references.

    It passes over comments and processing instructions (and their tails) without events.
    """
    return c_node.type == tree.XML_ELEMENT_NODE or c_node.type == tree.XML_ENTITY_REF_NODE


cdef inline xmlNode* _first_step(xmlNode* c_node) noexcept:
    c_node = c_node.children
    while c_node is not NULL and not _is_step(c_node):
        c_node = c_node.next
    return c_node


cdef inline xmlNode* _next_step(xmlNode* c_node) noexcept:
    c_node = c_node.next
    while c_node is not NULL and not _is_step(c_node):
        c_node = c_node.next
    return c_node


cdef object _attribute(cetree._Document doc, xmlNode* c_node, const char* name, str key):
    """``element.get(key)`` without an element proxy for the common single-text-node value."""
    cdef xmlAttr* attr = c_node.properties
    cdef xmlNode* value
    while attr is not NULL:
        if attr.ns is NULL and strcmp(<const char*>attr.name, name) == 0:
            value = attr.children
            if value is NULL:
                return ""
            if value.next is NULL and value.type == tree.XML_TEXT_NODE and value.content is not NULL:
                return (<const char*>value.content).decode("utf-8")
            return cetree.getAttributeValue(cetree.elementFactory(doc, c_node), key, None)
        attr = attr.next
    return None


cdef int _text_of(xmlNode* node, bint tail, space, add_text) except -1:
    """Hand the node's text (or tail) to the renderer, as ``_render_body`` does."""
    cdef TextClass klass = _text_class(node.next if tail else node.children)
    if klass == SPACE:
        space()
    elif klass == OTHER:
        text = cetree.tailOf(node) if tail else cetree.textOf(node)
        if text.isspace():
            space()
        else:
            add_text(text)
    return 0


def render_body(
    renderer, root, skip_tags, block_tags, lists, context_for, descriptor_of, first_context
):
    """Render the tree under ``root`` into ``renderer`` as ``_render._render_body`` does.

    The tag sets and the two helpers are ``_render``'s own, passed in so that the rules live in
    one place.
    """
    cdef cetree._Element top = <cetree._Element?>root
    cdef cetree._Document doc = top._doc
    cdef xmlNode* c_root = top._c_node
    cdef xmlNode* node = c_root
    cdef xmlNode* nxt
    cdef bint descend
    cdef Py_ssize_t list_depth = 0
    cdef dict names = {}  # libxml2 keeps one copy of each name: lower-cased tags by address
    cdef list contexts = [first_context]
    cdef list descriptors = []
    cdef list open_tags = []  # the tags of the nodes being walked (None: not an element)
    add_text = renderer.add_text
    space = renderer.space
    close_block = renderer.close_block
    open_element = renderer.open_element
    close_element = renderer.close_element
    line_break = renderer.line_break
    link = renderer.link

    while True:
        # The node's start: what iterwalk's "start" event does in _render_body.
        descend = False
        tag = None
        if node.type == tree.XML_ELEMENT_NODE:
            if node.ns is NULL or node.ns.href is NULL:
                address = <size_t>node.name
                tag = names.get(address)
                if tag is None:
                    tag = names[address] = (<const char*>node.name).decode("utf-8").lower()
            else:
                tag = cetree.namespacedName(node).lower()
            if tag not in skip_tags:
                descend = True
                if tag in block_tags:
                    descriptor = None
                    if node.properties is not NULL:
                        descriptor = descriptor_of(
                            tag,
                            _attribute(doc, node, "id", "id"),
                            _attribute(doc, node, "class", "class"),
                        )
                    descriptors.append(descriptor)
                    if tag in lists:
                        list_depth += 1
                    close_block(contexts[-1])
                    hint = " > ".join([d for d in descriptors[-4:] if d]) or None
                    contexts.append(context_for(tag, contexts[-1], hint, list_depth))
                    open_element(tag, descriptor)
                else:
                    descriptors.append(None)
                    if tag == "br":
                        line_break()
                    elif tag == "a":
                        link(1)
                _text_of(node, False, space, add_text)
        open_tags.append(tag)
        nxt = _first_step(node) if descend else NULL
        if nxt is not NULL:
            node = nxt
            continue
        # The ends: iterwalk's "end" events, up to the first ancestor with a next sibling.
        while True:
            tag = open_tags.pop()
            if tag is not None and tag not in skip_tags:
                descriptors.pop()
                if tag in block_tags:
                    if tag in lists:
                        list_depth -= 1
                    close_block(contexts.pop())
                    close_element()
                elif tag == "a":
                    link(-1)
            _text_of(node, True, space, add_text)
            if node is c_root:
                close_block(contexts[-1])
                return
            nxt = _next_step(node)
            if nxt is not NULL:
                node = nxt
                break
            node = node.parent


# -- raw text runs ---------------------------------------------------------------------------

ctypedef fused _chars:
    Py_UCS1
    Py_UCS2
    Py_UCS4


cdef list _data_tokens(const _chars* data, Py_ssize_t n):
    cdef Py_ssize_t i = 0
    cdef Py_ssize_t start
    cdef Py_UCS4 ch
    cdef list out = []
    while i < n:
        if data[i] != 62:  # ">"
            i += 1
            continue
        i += 1
        start = i
        while i < n:
            ch = data[i]
            if ch == 60:  # "<" ends a run of white space only
                break
            if not Py_UNICODE_ISSPACE(ch):
                while i < n and data[i] != 60:
                    i += 1
                out.append((start, i))
                break
            i += 1
    return out


def data_tokens(str raw):
    """The spans of the ``>([^<]+)`` runs of ``raw`` that hold more than white space, in order."""
    cdef int kind = PyUnicode_KIND(raw)
    cdef void* data = PyUnicode_DATA(raw)
    if kind == 1:
        return _data_tokens(<const Py_UCS1*>data, len(raw))
    if kind == 2:
        return _data_tokens(<const Py_UCS2*>data, len(raw))
    return _data_tokens(<const Py_UCS4*>data, len(raw))


# -- the page's opaque sections --------------------------------------------------------------

cdef inline bint _letter(Py_UCS4 ch, char lower) noexcept:
    """Whether ``ch`` matches the ASCII letter ``lower`` as ``re.IGNORECASE`` matches it."""
    if ch == <Py_UCS4>lower or ch == <Py_UCS4>(lower - 32):
        return True
    if lower == c"s":
        return ch == 0x17F  # LATIN SMALL LETTER LONG S
    if lower == c"i":
        return ch == 0x130 or ch == 0x131  # I WITH DOT ABOVE, DOTLESS I
    return False


cdef bint _name_at(const _chars* data, Py_ssize_t n, Py_ssize_t i, const char* name) noexcept:
    cdef Py_ssize_t k = 0
    while name[k] != 0:
        if i + k >= n or not _letter(data[i + k], name[k]):
            return False
        k += 1
    return True


cdef inline bint _is_word(Py_UCS4 ch) noexcept:
    return ch == 95 or Py_UNICODE_ISALNUM(ch)  # what \w matches


cdef list _opaque_sections(const _chars* data, Py_ssize_t n):
    cdef list out = []
    cdef Py_ssize_t position = 0
    cdef Py_ssize_t i, j, start, end, after
    cdef const char* name
    while True:
        start = -1
        i = position
        while i < n:
            # "<" and then "!" or an s: most tags are neither
            if data[i] == 60 and i + 1 < n and (data[i + 1] == 33 or _letter(data[i + 1], c"s")):
                if i + 3 < n and data[i + 1] == 33 and data[i + 2] == 45 and data[i + 3] == 45:
                    start, after, name = i, i + 4, NULL  # "<!--"
                    break
                if _name_at(data, n, i + 1, "script") and (i + 7 >= n or not _is_word(data[i + 7])):
                    start, after, name = i, i + 7, "script"
                    break
                if _name_at(data, n, i + 1, "style") and (i + 6 >= n or not _is_word(data[i + 6])):
                    start, after, name = i, i + 6, "style"
                    break
            i += 1
        if start < 0:
            return out
        end = n
        j = after
        if name is NULL:
            while j + 2 < n:
                if data[j] == 45 and data[j + 1] == 45 and data[j + 2] == 62:  # "-->"
                    end = j + 3
                    break
                j += 1
        else:
            while j + 1 < n:
                if data[j] == 60 and data[j + 1] == 47 and _name_at(data, n, j + 2, name):  # "</"
                    end = j
                    break
                j += 1
        out.append((start, end))
        position = end if end > after else after


def opaque_sections(str raw):
    """The spans of comments, scripts and styles, as ``_render._opaque_sections`` finds them."""
    cdef int kind = PyUnicode_KIND(raw)
    cdef void* data = PyUnicode_DATA(raw)
    if kind == 1:
        return _opaque_sections(<const Py_UCS1*>data, len(raw))
    if kind == 2:
        return _opaque_sections(<const Py_UCS2*>data, len(raw))
    return _opaque_sections(<const Py_UCS4*>data, len(raw))

