internal import CLibXML2

/// An HTML page parsed by libxml2's error-tolerant HTML parser into a flat tree whose text
/// nodes know their UTF-8 range in the markup.
///
/// The tree is built from SAX events rather than libxml2's DOM because only the parser knows
/// where in the input a run of text ended (`input->cur`); the DOM keeps line numbers only.
struct HTMLDocument {
  /// One element or text node.
  struct Node {
    /// The lower-case tag name, or `#text`.
    var name: String
    /// The attributes, names lower case, in source order.
    var attributes: [(name: String, value: String)] = []
    /// The parent's index; -1 for the root.
    var parent: Int
    /// The children's indices in document order.
    var children: [Int] = []
    /// A text node's text, as decoded by the parser (entities replaced).
    var text: String = ""
    /// A text node's UTF-8 range in the markup handed to the parser.
    var utf8Range: Range<Int> = 0..<0

    /// Whether this is a text node.
    var isText: Bool { name == "#text" }

    /// The value of an attribute, by lower-case name.
    func attribute(_ name: String) -> String? {
      attributes.first { $0.name == name }?.value
    }
  }

  /// Every node; index 0 is a synthetic root that holds the document's top-level nodes.
  private(set) var nodes: [Node]

  /// Nesting deeper than this is flattened into the deepest kept element, so that
  /// adversarial markup (100,000 nested `<div>`s) cannot exhaust the stack of any later walk.
  static let maximumDepth = 160

  /// Parses UTF-8 markup; `nil` when libxml2 cannot create a parser for it.
  init?(utf8 markup: String) {
    let builder = TreeBuilder()
    var bytes = Array(markup.utf8)
    if bytes.isEmpty { bytes = [0x20] }
    let parsed: Bool = bytes.withUnsafeBufferPointer { buffer in
      guard let base = buffer.baseAddress, buffer.count < Int(Int32.max) else { return false }
      builder.source = buffer
      defer { builder.source = nil }
      return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
        guard let context = htmlCreateMemoryParserCtxt(chars, Int32(buffer.count)) else {
          return false
        }
        defer { htmlFreeParserCtxt(context) }
        // The markup is always UTF-8 here (decoded by TextDecoder first); without this the
        // parser guesses ISO-8859-1 for input that declares nothing.
        _ = xmlSwitchEncoding(context, XML_CHAR_ENCODING_UTF8)
        var handler = htmlSAXHandler()
        handler.startElement = { context, name, attributes in
          TreeBuilder.from(context)?.start(name, attributes)
        }
        handler.endElement = { context, _ in TreeBuilder.from(context)?.end() }
        handler.characters = { context, characters, length in
          TreeBuilder.from(context)?.characters(characters, length)
        }
        handler.ignorableWhitespace = handler.characters
        handler.cdataBlock = handler.characters
        if let sax = context.pointee.sax {
          sax.pointee = handler
        }
        let options = Int32(
          HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_IGNORE_ENC.rawValue
        )
        htmlCtxtUseOptions(context, options)
        let unmanaged = Unmanaged.passRetained(builder)
        context.pointee._private = unmanaged.toOpaque()
        defer {
          context.pointee._private = nil
          unmanaged.release()
        }
        builder.context = context
        _ = htmlParseDocument(context)
        builder.context = nil
        return true
      }
    }
    guard parsed else { return nil }
    nodes = builder.nodes
  }

  /// The children of a node that are elements.
  func elementChildren(of index: Int) -> [Int] {
    nodes[index].children.filter { !nodes[$0].isText }
  }

  /// The first element named `name` in document order, searched without recursion.
  func first(_ name: String, under root: Int = 0) -> Int? {
    var stack = [root]
    while let index = stack.popLast() {
      if nodes[index].name == name { return index }
      stack.append(contentsOf: nodes[index].children.reversed())
    }
    return nil
  }

  /// Every element named `name`, in document order.
  func all(_ name: String, under root: Int = 0) -> [Int] {
    var found = [Int]()
    var stack = [root]
    while let index = stack.popLast() {
      if nodes[index].name == name { found.append(index) }
      stack.append(contentsOf: nodes[index].children.reversed())
    }
    return found
  }

  /// The text under a node, white space collapsed.
  func text(of root: Int) -> String {
    var pieces = [String]()
    var stack = [root]
    while let index = stack.popLast() {
      let node = nodes[index]
      if node.isText {
        pieces.append(node.text)
      } else if node.name != "script" && node.name != "style" || index == root {
        stack.append(contentsOf: node.children.reversed())
        if node.name == "br" || node.name == "p" || node.name == "div" { pieces.append(" ") }
      }
    }
    return TextFeatures.collapsingWhitespace(pieces.joined())
  }

  /// Whether `index` lies below `ancestor`.
  func isDescendant(_ index: Int, of ancestor: Int) -> Bool {
    var current = index
    while current >= 0 {
      if current == ancestor { return true }
      current = nodes[current].parent
    }
    return false
  }
}

/// Receives libxml2's SAX events and builds the flat node list.
private final class TreeBuilder {
  var nodes = [HTMLDocument.Node(name: "#root", parent: -1)]
  var stack = [0]
  var skippedDepth = 0
  var source: UnsafeBufferPointer<UInt8>?
  var context: htmlParserCtxtPtr?

  static func from(_ context: UnsafeMutableRawPointer?) -> TreeBuilder? {
    guard let context else { return nil }
    let parser = context.assumingMemoryBound(to: xmlParserCtxt.self)
    guard let opaque = parser.pointee._private else { return nil }
    return Unmanaged<TreeBuilder>.fromOpaque(opaque).takeUnretainedValue()
  }

  func start(
    _ name: UnsafePointer<xmlChar>?,
    _ attributes: UnsafeMutablePointer<UnsafePointer<xmlChar>?>?
  ) {
    guard let name else { return }
    if stack.count > HTMLDocument.maximumDepth {
      skippedDepth += 1
      return
    }
    var node = HTMLDocument.Node(name: String(cString: name).lowercased(), parent: stack.last ?? 0)
    if let attributes {
      var index = 0
      while let attributeName = attributes[index] {
        let value = attributes[index + 1].map { String(cString: $0) } ?? ""
        node.attributes.append((String(cString: attributeName).lowercased(), value))
        index += 2
      }
    }
    let index = nodes.count
    nodes.append(node)
    nodes[node.parent].children.append(index)
    stack.append(index)
  }

  func end() {
    if skippedDepth > 0 {
      skippedDepth -= 1
      return
    }
    if stack.count > 1 { stack.removeLast() }
  }

  func characters(_ characters: UnsafePointer<xmlChar>?, _ length: Int32) {
    guard let characters, length > 0 else { return }
    let chunk = UnsafeBufferPointer(start: characters, count: Int(length))
    let text = String(decoding: chunk, as: UTF8.self)
    let range = sourceRange(of: chunk)
    let parent = stack.last ?? 0
    // Merge with a preceding text sibling so a paragraph's text is one node where it can be.
    if let last = nodes[parent].children.last, nodes[last].isText,
      nodes[last].utf8Range.upperBound <= range.lowerBound
    {
      nodes[last].text += text
      nodes[last].utf8Range = nodes[last].utf8Range.lowerBound..<range.upperBound
      return
    }
    var node = HTMLDocument.Node(name: "#text", parent: parent)
    node.text = text
    node.utf8Range = range
    nodes.append(node)
    nodes[parent].children.append(nodes.count - 1)
  }

  /// Where the chunk the parser just reported lies in the source.
  ///
  /// libxml2 reports text after reading it, so the input cursor is at (or, when its buffer
  /// flushed mid-run, one character before) the chunk's end; an entity's replacement text
  /// (`&amp;` → `&`) does not match the source, and then the range is the entity's.
  private func sourceRange(of chunk: UnsafeBufferPointer<UInt8>) -> Range<Int> {
    guard let context, let input = context.pointee.input, let source,
      let base = input.pointee.base, let cursor = input.pointee.cur
    else { return 0..<0 }
    let position = Int(input.pointee.consumed) + (cursor - base)
    let count = chunk.count
    for end in position...(position + 4) where end - count >= 0 && end <= source.count {
      if source[(end - count)..<end].elementsEqual(chunk) { return (end - count)..<end }
    }
    let end = min(max(position, 0), source.count)
    var start = end
    while start > 0 && end - start < 40 {
      start -= 1
      if source[start] == UInt8(ascii: "&") { return start..<end }
    }
    return end..<end
  }
}
