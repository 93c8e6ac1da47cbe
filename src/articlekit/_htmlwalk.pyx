# cython: language_level=3, boundscheck=False
"""The compiled build's HTML tree walk and raw-page scans (Cython; optional, see ``docs/install.md``).

Only what needs C lives here; the rendering itself is ``articlekit._render._Renderer``, the one
renderer of both builds:

* :func:`walk` visits the parsed tree through lxml's public C API as ``_render._walk`` visits it
  with ``iterwalk``, and reports the same calls to the renderer, without an element proxy per
  node or a string per white-space node. lxml's wheels do not export libxml2's functions, so the
  walk reads libxml2's node structs, as lxml's own ``.text``, ``.tail`` and ``.get`` do.
* :func:`data_tokens`, :func:`opaque_sections` and :func:`utf8_if_clean` are the scans of the
  raw page: the text runs the offset map is located with, the comments, scripts and styles
  whose insides are not text, and whether libxml2 can parse the page as it is.

``_render`` holds the Python walk and scans these replace; the tests check that both give the
same calls, spans and sources on every page (``tests/test_htmlwalk.py``).
"""

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISSPACE
from libc.string cimport memchr, strcmp
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode

cimport lxml.includes.etreepublic as cetree

cetree.import_lxml__etree()

cdef extern from "Python.h":
    void PyObject_GC_UnTrack(object o)
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
    OTHER = 2  # read it (and let the renderer ask str.isspace when it is not plain ASCII)


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


cdef str _SPACE = " "


cdef object _text_at(xmlNode* c_node, bint tail):
    """The node's ``.text`` (``tail``: ``.tail``), ``None`` if empty, ``" "`` if ASCII white space.

    The renderer takes any white space only text as one space, so none is copied out of the tree.
    """
    cdef TextClass klass = _text_class(c_node.next if tail else c_node.children)
    if klass == SPACE:
        return _SPACE
    if klass == OTHER:
        return cetree.tailOf(c_node) if tail else cetree.textOf(c_node)
    return None


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


def walk(root, handler, skip_tags, described_tags):
    """Walk the tree under ``root`` as ``_render._walk`` walks it, with the same calls to ``handler``.

    ``handler.start(tag, id, class, text)`` and ``handler.end(tag, tail)`` for every element
    entered (lower-cased tag; ``id`` and ``class`` only for tags in ``described_tags``), and
    ``handler.text(tail)`` for the tails of the elements in ``skip_tags``, which are not
    entered, and of entity references. White space only text may come as ``" "``.
    """
    cdef cetree._Element top = <cetree._Element?>root
    cdef cetree._Document doc = top._doc
    cdef xmlNode* c_root = top._c_node
    cdef xmlNode* node = c_root
    cdef xmlNode* nxt
    cdef dict names = {}  # libxml2 keeps one copy of each name: lower-cased tags by address
    cdef list open_tags = []  # per node being walked: its tag if entered, else None
    start, end, text = handler.start, handler.end, handler.text

    while True:
        # The node's start: iterwalk's "start" event in _render._walk.
        tag = None
        if node.type == tree.XML_ELEMENT_NODE:
            if node.ns is NULL or node.ns.href is NULL:
                address = <size_t>node.name
                name = names.get(address)
                if name is None:
                    name = names[address] = (<const char*>node.name).decode("utf-8").lower()
            else:
                name = cetree.namespacedName(node).lower()
            if name not in skip_tags:
                tag = name
                if node.properties is not NULL and tag in described_tags:
                    start(
                        tag,
                        _attribute(doc, node, "id", "id"),
                        _attribute(doc, node, "class", "class"),
                        _text_at(node, False),
                    )
                else:
                    start(tag, None, None, _text_at(node, False))
        open_tags.append(tag)
        nxt = _first_step(node) if tag is not None else NULL
        if nxt is not NULL:
            node = nxt
            continue
        # The ends: iterwalk's "end" events, up to the first ancestor with a next sibling.
        while True:
            tag = open_tags.pop()
            tail = _text_at(node, True)
            if tag is not None:
                end(tag, tail)
            elif tail is not None:
                text(tail)
            if node is c_root:
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


cdef inline Py_ssize_t _find(const _chars* data, Py_ssize_t i, Py_ssize_t n, char ch) noexcept:
    """The index of the first ``ch`` (ASCII) in ``data[i:n]``, else ``n``; memchr does the scan.

    For two-byte text memchr looks for the byte and each hit is checked as a code unit.
    """
    cdef const char* base
    cdef const char* hit
    cdef Py_ssize_t at
    if _chars is Py_UCS1:
        if i >= n:
            return n
        hit = <const char*>memchr(<const void*>(data + i), ch, n - i)
        return n if hit is NULL else hit - <const char*>data
    elif _chars is Py_UCS2:
        base = <const char*>data
        at = 2 * i
        while at < 2 * n:
            hit = <const char*>memchr(<const void*>(base + at), ch, 2 * n - at)
            if hit is NULL:
                return n
            at = hit - base
            if data[at >> 1] == <Py_UCS2>ch:
                return at >> 1
            at += 1
        return n
    else:
        while i < n and data[i] != <Py_UCS4>ch:
            i += 1
        return i


cdef inline object _untracked(tuple span):
    """Take a span out of the cycle collector's care: a tuple of two numbers is in no cycle.

    CPython untracks such tuples itself, but only when a collection first visits them; a page
    has thousands.
    """
    PyObject_GC_UnTrack(span)
    return span


cdef list _data_tokens(const _chars* data, Py_ssize_t n):
    cdef Py_ssize_t i = 0
    cdef Py_ssize_t start
    cdef Py_UCS4 ch
    cdef list out = []
    while True:
        i = _find(data, i, n, c">") + 1
        if i > n:
            return out
        start = i
        while i < n:
            ch = data[i]
            if ch == 60:  # "<" ends a run of white space only
                break
            if not Py_UNICODE_ISSPACE(ch):
                i = _find(data, i, n, c"<")
                out.append(_untracked((start, i)))
                break
            i += 1


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
        while True:
            i = _find(data, i, n, c"<")
            if i >= n:
                break
            # "<" and then "!" or an s: most tags are neither
            if i + 1 < n and (data[i + 1] == 33 or _letter(data[i + 1], c"s")):
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
            while True:
                j = _find(data, j, n, c"-")
                if j + 2 >= n:
                    break
                if data[j + 1] == 45 and data[j + 2] == 62:  # "-->"
                    end = j + 3
                    break
                j += 1
        else:
            while True:
                j = _find(data, j, n, c"<")
                if j + 1 >= n:
                    break
                if data[j + 1] == 47 and _name_at(data, n, j + 2, name):  # "</script", "</style"
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


# -- what libxml2 refuses --------------------------------------------------------------------

cdef bint _parsable(const _chars* data, Py_ssize_t n) noexcept:
    """No C0 control but tab, newline and carriage return, no surrogate, U+FFFE or U+FFFF.

    Written without early exits so that the compiler can check many characters at a time.
    """
    cdef Py_ssize_t i
    cdef Py_UCS4 ch
    cdef unsigned int bad = 0
    for i in range(n):
        ch = data[i]
        bad |= (ch < 32) & (ch != 9) & (ch != 10) & (ch != 13)
        if _chars is not Py_UCS1:
            bad |= ((ch >= 0xD800) & (ch <= 0xDFFF)) | (ch == 0xFFFE) | (ch == 0xFFFF)
    return bad == 0


def utf8_if_clean(str text):
    """``_render._utf8_if_clean``: ``text`` as UTF-8 if libxml2 can parse it as it is, else None."""
    cdef int kind = PyUnicode_KIND(text)
    cdef void* data = PyUnicode_DATA(text)
    cdef bint clean
    if kind == 1:
        clean = _parsable(<const Py_UCS1*>data, len(text))
    elif kind == 2:
        clean = _parsable(<const Py_UCS2*>data, len(text))
    else:
        clean = _parsable(<const Py_UCS4*>data, len(text))
    return text.encode("utf-8") if clean else None
