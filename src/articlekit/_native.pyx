# cython: language_level=3, boundscheck=False
"""The compiled build's native renderer (Cython; optional, see ``docs/install.md``).

When the compiled build is installed, :func:`articlekit._render.render_html` renders pages here:

* :class:`Renderer` is ``_render._Renderer`` in native code: the same text, blocks, outline and
  offset runs. Its :meth:`Renderer.walk` visits the parsed tree through lxml's public C API as
  ``_render._render_body`` visits it with ``iterwalk``, without an element proxy per node or a
  string per white-space node. lxml's wheels do not export libxml2's functions, so the walk
  reads libxml2's node structs, as lxml's own ``.text``, ``.tail`` and ``.get`` do.
* :func:`data_tokens`, :func:`opaque_sections` and :func:`utf8_if_clean` are the scans of the
  raw page: the text runs the offset map is located with, the comments, scripts and styles
  whose insides are not text, and whether libxml2 can parse the page as it is.

The Python code in ``_render`` stays the reference: a plain install runs it, and the tests check
that both render every page identically (``tests/test_native.py``).
"""

from cpython.unicode cimport Py_UNICODE_ISALNUM, Py_UNICODE_ISSPACE
from libc.string cimport memchr, strcmp
from lxml.includes cimport tree
from lxml.includes.tree cimport xmlAttr, xmlNode

cimport lxml.includes.etreepublic as cetree

from html import escape, unescape

from articlekit._text import is_normalized, normalize, normalize_with_map
from articlekit._trusted import (
    unchecked_block,
    unchecked_element,
    unchecked_offset_map,
    unchecked_source,
    unchecked_span,
)
from articlekit.model import MediaType

cetree.import_lxml__etree()

cdef object HTML = MediaType.HTML

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


cdef inline object _value(object made):
    """Take a span, block, element or offset run the renderer made out of the cycle collector's care.

    They hold only numbers, strings, enum members and spans, so they cannot be part of a
    reference cycle, and reference counting frees them (CPython untracks tuples of numbers the
    same way). The collector then neither visits the thousands a page makes nor moves them into
    its older generations, whose full collections get rarer.
    """
    PyObject_GC_UnTrack(made)
    return made


cdef inline bint _simple_ascii(str text) noexcept:
    """For ASCII text: ``is_normalized`` of a stripped line (printable, no double space)."""
    cdef Py_ssize_t i
    cdef Py_ssize_t n = len(text)
    cdef const Py_UCS1* data = <const Py_UCS1*>PyUnicode_DATA(text)
    cdef Py_UCS1 previous = 0
    cdef Py_UCS1 ch
    for i in range(n):
        ch = data[i]
        if ch < 32 or ch > 126 or (ch == 32 and previous == 32):
            return False
        previous = ch
    return n == 0 or (data[0] != 32 and data[n - 1] != 32)


cdef class Renderer:
    """``_render._Renderer``, natively: the same text, blocks, outline and offset runs.

    ``data`` and ``data_index`` are the raw text runs the offset map is located with and the first
    one of the visible page (``_render._raw_data``); the tree walk is :meth:`walk`.
    """

    cdef str raw
    cdef bint offsets
    cdef list data
    cdef Py_ssize_t data_index
    cdef list pieces
    cdef list runs
    cdef Py_ssize_t length
    cdef list blocks
    cdef Py_ssize_t block_start  # -1: no block open
    cdef object pending  # None, " " or "\n"
    cdef Py_ssize_t link_depth
    cdef Py_ssize_t link_chars
    cdef list elements
    cdef list element_stack

    def __init__(self, str raw, bint offsets, list data, Py_ssize_t data_index):
        self.raw = raw
        self.offsets = offsets
        self.data = data
        self.data_index = data_index
        self.pieces = []
        self.runs = []
        self.length = 0
        self.blocks = []
        self.block_start = -1
        self.pending = None
        self.link_depth = 0
        self.link_chars = 0
        self.elements = []
        self.element_stack = []

    # -- output --------------------------------------------------------------------------------

    cdef inline void _emit(self, str text, list runs):
        if self.offsets:
            for run in runs:
                self.runs.append(_value(run))
        self.pieces.append(text)
        self.length += len(text)

    cdef inline void _separator(self, str text, Py_ssize_t raw_at):
        if self.offsets:
            self.runs.append(_value((self.length, raw_at, raw_at)))
        self.pieces.append(text)
        self.length += len(text)

    cdef void open_block(self, Py_ssize_t raw_at):
        if self.block_start < 0:
            if self.length:
                self._separator("\n\n", raw_at)
            self.block_start = self.length
            self.link_chars = 0
            self.pending = None

    cdef void open_element(self, str tag, object hint):
        parent = self.element_stack[-1] if self.element_stack else None
        self.elements.append((tag, parent, hint))
        self.element_stack.append(len(self.elements) - 1)

    cdef void close_element(self):
        if self.element_stack:
            self.element_stack.pop()

    cdef void close_block(self, object context):
        if self.block_start >= 0 and self.length > self.block_start:
            self.blocks.append(
                (
                    self.block_start,
                    self.length,
                    context.kind,
                    context.level,
                    context.tag,
                    context.hint,
                    min(self.link_chars, self.length - self.block_start),
                    self.element_stack[-1] if self.element_stack else None,
                )
            )
        self.block_start = -1
        self.pending = None

    cdef inline void space(self):
        if self.block_start >= 0 and self.pending is None:
            self.pending = " "

    cdef void add_text(self, str text) except *:
        cdef list rel_runs
        cdef bint simple
        cdef Py_ssize_t lead, raw_start, raw_end, s, a, b
        cdef bint verbatim
        stripped = text.strip()  # never white space only: _text_of sends that to space()
        rel_runs = []
        if stripped.isascii():
            simple = _simple_ascii(stripped)
        else:
            simple = "\n" not in stripped and is_normalized(stripped)
        if simple:
            norm = stripped
            if self.offsets:
                lead = len(text) - len(text.lstrip())
                rel_runs = [(0, lead, lead + len(stripped))]
        elif self.offsets:
            norm, rel_runs = normalize_with_map(text)
        else:
            norm = normalize(text)
        if not norm:
            if text and self.block_start >= 0 and self.pending is None:
                self.pending = " "
            return
        if self.offsets:
            raw_start, raw_end, verbatim = self._locate(text, simple)
        else:
            raw_start, raw_end, verbatim = 0, 0, False
        self.open_block(raw_start)
        if self.length > self.block_start:
            sep = self.pending or (" " if text[0].isspace() else None)
            if sep:
                self._separator(sep, raw_start)
        if not self.offsets:
            runs = []
        elif verbatim:
            runs = [(self.length + s, raw_start + a, raw_start + b) for s, a, b in rel_runs]
        else:
            runs = [(self.length, raw_start, raw_end)]
        self._emit(norm, runs)
        if self.link_depth:
            self.link_chars += len(norm)
        self.pending = " " if text[-1].isspace() else None

    cdef void line_break(self):
        if self.block_start >= 0 and self.length > self.block_start:
            self.pending = "\n"

    cdef tuple _locate(self, str text, bint simple):
        """``_render._Renderer._locate``: the raw range of a text node, and whether verbatim."""
        cdef list data = self.data
        cdef str raw = self.raw
        cdef Py_ssize_t index = self.data_index
        cdef Py_ssize_t start, end, j, last
        if simple and index < len(data):
            start, end = data[index]
            if end - start == len(text) and raw.startswith(text, start):
                self.data_index = index + 1
                return start, end, True
        key = " ".join(text[:80].split())[:24]
        last = data[index - 1][1] if index else 0
        for j in range(index, min(len(data), index + 256)):
            start, end = data[j]
            if raw.find(key, start, end) >= 0 or key in " ".join(
                unescape(raw[start:end]).split()
            ):
                self.data_index = j + 1
                return start, end, end - start == len(text) and raw.startswith(text, start)
        return last, last, False

    # -- metadata ------------------------------------------------------------------------------

    def add_meta(self, kind, hint, str value):
        """``_render._Renderer.add_meta``: a metadata value as a block of its own."""
        cdef Py_ssize_t at = -1
        cdef Py_ssize_t start, raw_start, raw_end
        norm, _ = normalize_with_map(value)
        if not norm:
            return
        if self.offsets:
            at = self.raw.find(value)
            if at < 0:
                at = self.raw.find(escape(value, quote=True))
        raw_start = at if at >= 0 else 0
        raw_end = at + len(value) if at >= 0 else 0
        if self.length:
            self._separator("\n\n", raw_start)
        start = self.length
        self._emit(norm, [(start, raw_start, raw_end)])
        self.blocks.append((start, self.length, kind, 0, None, hint, 0, None))

    # -- the tree walk -------------------------------------------------------------------------

    cdef int _text_of(self, xmlNode* node, bint tail) except -1:
        cdef TextClass klass = _text_class(node.next if tail else node.children)
        if klass == SPACE:
            self.space()
        elif klass == OTHER:
            text = cetree.tailOf(node) if tail else cetree.textOf(node)
            if text.isspace():
                self.space()
            else:
                self.add_text(text)
        return 0

    def walk(
        self, root, skip_tags, block_tags, lists, context_for, descriptor_of, first_context
    ):
        """Render the tree under ``root`` as ``_render._render_body`` does with ``iterwalk``.

        The tag sets and the two helpers are ``_render``'s own, passed in so that the rules live
        in one place.
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
                        self.close_block(contexts[-1])
                        hint = " > ".join([d for d in descriptors[-4:] if d]) or None
                        contexts.append(context_for(tag, contexts[-1], hint, list_depth))
                        self.open_element(tag, descriptor)
                    else:
                        descriptors.append(None)
                        if tag == "br":
                            self.line_break()
                        elif tag == "a":
                            self.link_depth += 1
                    self._text_of(node, False)
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
                        self.close_block(contexts.pop())
                        self.close_element()
                    elif tag == "a":
                        self.link_depth -= 1
                self._text_of(node, True)
                if node is c_root:
                    self.close_block(contexts[-1])
                    return
                nxt = _next_step(node)
                if nxt is not NULL:
                    node = nxt
                    break
                node = node.parent

    # -- the result ----------------------------------------------------------------------------

    cdef tuple _outline(self):
        """``_render._Renderer.outline``: the elements that hold text, and the blocks."""
        cdef list outline = self.elements
        cdef Py_ssize_t count = len(outline)
        cdef list starts = [-1] * count
        cdef list ends = [0] * count
        cdef list new_index = [-1] * count
        cdef list elements = []
        cdef list blocks = []
        cdef Py_ssize_t node, old, start, end
        for block in self.blocks:
            holder = block[7]
            if holder is not None:
                if starts[holder] < 0:
                    starts[holder] = block[0]
                ends[holder] = block[1]
        for node in range(count - 1, -1, -1):
            parent = outline[node][1]
            start = starts[node]
            if start >= 0 and parent is not None:
                if starts[parent] < 0:
                    starts[parent] = start
                    ends[parent] = ends[node]
                else:
                    starts[parent] = min(starts[parent], start)
                    ends[parent] = max(ends[parent], ends[node])
        for old in range(count):
            start = starts[old]
            if start < 0:
                continue
            tag, parent, hint = outline[old]
            while parent is not None and new_index[parent] < 0:
                parent = outline[parent][1]
            new_index[old] = len(elements)
            parent_index = new_index[parent] if parent is not None else None
            span = _value(unchecked_span(start, ends[old]))
            elements.append(_value(unchecked_element(tag, span, parent_index, hint)))
        for start, end, kind, level, block_tag, block_hint, link_chars, holder in self.blocks:
            element = None
            span = None
            if holder is not None:
                element = new_index[holder]
                if starts[holder] == start and ends[holder] == end:
                    span = elements[element].span
            if span is None:
                span = _value(unchecked_span(start, end))
            blocks.append(
                _value(unchecked_block(span, kind, level, block_tag, block_hint, link_chars, element))
            )
        return tuple(elements), tuple(blocks)

    def source(self, *, url, reference_time, encoding):
        """The rendered :class:`~articlekit.model.Source`."""
        text = "".join(self.pieces)
        elements, blocks = self._outline()
        return unchecked_source(
            text,
            HTML,
            url,
            reference_time,
            encoding,
            blocks,
            unchecked_offset_map(len(text), tuple(self.runs)) if self.offsets else None,
            elements,
        )


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
                out.append(_value((start, i)))
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
