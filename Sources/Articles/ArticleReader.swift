import Foundation
import TextCore

/// Reads articles from the bytes of a plain-text scrape, an HTML page, or a JSON / JSON Lines
/// export, whatever their charset.
///
/// ```swift
/// let reader = try ArticleReader()
/// let articles = try reader.read(data: Array(bytes), name: "en-japantoday-reuters.txt")
/// print(articles[0].title ?? "", articles[0].paragraphs.count)
/// ```
public struct ArticleReader: Sendable {
  /// Settings that tailor reading; values set here override whatever the input says.
  public struct Options: Sendable, Hashable {
    /// The kind of input; `nil` tells it from the file name and the bytes.
    public var format: InputFormat?
    /// The headline to use instead of the one found.
    public var title: String?
    /// The outlet to use instead of the one found.
    public var outlet: String?
    /// The language to use instead of the detected one.
    public var language: Language?
    /// The publication date to use instead of the one found.
    public var published: PublicationDate?
    /// The identifier to use instead of the file name (for a single article).
    public var id: String?
    /// Inputs larger than this many bytes are refused (16 MiB by default; news pages are
    /// rarely above 3 MiB).
    public var maximumInputBytes = 16 << 20
    /// Creates options with the default settings.
    public init() {}
  }

  /// The kinds of input the reader understands.
  public enum InputFormat: String, Sendable, Hashable, Codable, CaseIterable {
    /// Plain text or a scrape: headline on the first line by convention, page furniture allowed.
    case text
    /// An HTML page.
    case html
    /// One JSON article object, or an array of them.
    case json
    /// JSON Lines: one article object per line.
    case jsonl
  }

  /// The settings in force.
  public var options: Options
  private let cues: ArticleCues
  private let detector: LanguageDetector

  /// Creates a reader with the bundled dictionaries.
  ///
  /// - Throws: `ArticleError` when the bundled cues or language profiles cannot be read.
  public init(options: Options = Options()) throws(ArticleError) {
    try self.init(options: options, dictionaries: BundledDictionaries())
  }

  /// Creates a reader whose cues (`<lang>/article-cues.tsv`) and language profiles come from
  /// `dictionaries`.
  ///
  /// - Throws: `ArticleError` when the cues or language profiles cannot be read.
  public init(options: Options = Options(), dictionaries: any DictionarySource) throws(ArticleError)
  {
    self.options = options
    self.cues = try ArticleCues.load(from: dictionaries)
    do {
      var profiles = [LanguageProfile]()
      for language in Language.allCases {
        profiles.append(try LanguageProfile.load(language, from: dictionaries))
      }
      self.detector = LanguageDetector(profiles: profiles)
    } catch {
      throw .dictionaries(reason: error.description)
    }
  }

  /// Reads the articles in one input: one for text and HTML, one per record for JSON.
  ///
  /// - Parameters:
  ///   - data: the input's bytes, in any supported charset.
  ///   - name: the input's name for messages and default identifiers (a file name or path;
  ///     `id` defaults to its last component without the extension).
  /// - Returns: the articles, in input order.
  /// - Throws: `ArticleError` for empty, binary, oversized or undecodable input, malformed
  ///   JSON, input with no article text, or text in an unsupported language.
  /// - Complexity: linear in the input's size.
  public func read(data: [UInt8], name: String) throws(ArticleError) -> [Article] {
    if data.count > options.maximumInputBytes {
      throw .tooLarge(input: name, bytes: data.count, limit: options.maximumInputBytes)
    }
    if let kind = Self.binaryKind(data) { throw .binary(input: name, kind: kind) }
    let format = options.format ?? Self.format(of: data, name: name)
    let decoded = try decode(data, name: name, format: format)
    guard decoded.text.unicodeScalars.contains(where: { !$0.isSpace }) else {
      throw .empty(input: name)
    }
    let id = options.id ?? Self.defaultID(for: name)
    switch format {
    case .text, .html:
      var base = ExtractedArticle()
      let article = try finish(
        extract(
          decoded.text,
          format: format,
          offset: decoded.offset,
          language: options.language,
          clean: false
        ),
        over: &base,
        id: id,
        name: name,
        charset: decoded.charset,
        basis: decoded.basis
      )
      return [article]
    case .json, .jsonl:
      return try readJSON(
        decoded.text,
        format: format,
        id: id,
        name: name,
        charset: decoded.charset
      )
    }
  }

  // MARK: Input kinds

  /// A recognised binary file type, or `"binary"` for bytes that are not text; `nil` for text.
  static func binaryKind(_ data: [UInt8]) -> String? {
    let signatures: [(bytes: [UInt8], kind: String)] = [
      ([0x25, 0x50, 0x44, 0x46], "pdf"), ([0x89, 0x50, 0x4E, 0x47], "png"),
      ([0xFF, 0xD8, 0xFF], "jpeg"),
      ([0x47, 0x49, 0x46, 0x38], "gif"), ([0x50, 0x4B, 0x03, 0x04], "zip"), ([0x1F, 0x8B], "gzip"),
      ([0x7F, 0x45, 0x4C, 0x46], "elf"), ([0x52, 0x49, 0x46, 0x46], "riff"),
    ]
    for signature in signatures where data.starts(with: signature.bytes) { return signature.kind }
    return nil
  }

  /// Tells the input's kind from its file extension, else from its first bytes.
  static func format(of data: [UInt8], name: String) -> InputFormat {
    let lowered = name.lowercased()
    if lowered.hasSuffix(".html") || lowered.hasSuffix(".htm") || lowered.hasSuffix(".xhtml") {
      return .html
    }
    if lowered.hasSuffix(".jsonl") || lowered.hasSuffix(".ndjson") { return .jsonl }
    if lowered.hasSuffix(".json") { return .json }
    if lowered.hasSuffix(".txt") || lowered.hasSuffix(".text") { return .text }
    var head = data.prefix(4_096)
    if head.starts(with: [0xEF, 0xBB, 0xBF]) { head = head.dropFirst(3) }
    let ascii = String(decoding: head.map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
    let trimmed = ascii.drop { $0 == " " || $0 == "\n" || $0 == "\r" || $0 == "\t" }
    if trimmed.hasPrefix("{") {
      let lines = ascii.split(separator: "\n").filter { !$0.allSatisfy { $0 == " " || $0 == "\r" } }
      return lines.count > 1 && lines.allSatisfy({ $0.drop { $0 == " " }.hasPrefix("{") })
        ? .jsonl : .json
    }
    if trimmed.hasPrefix("[") { return .json }
    let lowerHead = trimmed.lowercased()
    if lowerHead.hasPrefix("<!doctype html") || lowerHead.hasPrefix("<html")
      || lowerHead.hasPrefix("<?xml")
      || lowerHead.hasPrefix("<head") || lowerHead.hasPrefix("<body")
    {
      return .html
    }
    let tags = ["<p>", "<p ", "<div", "<body", "<br>", "<br/>", "<article", "<h1", "<meta "]
    let tagCount = tags.reduce(0) { count, tag in
      count + lowerHead.split(separator: tag, omittingEmptySubsequences: false).count - 1
    }
    return tagCount >= 2 ? .html : .text
  }

  /// The default article id for an input name: the last path component without its
  /// extension (`examples/ja-mofa.txt` → `ja-mofa`).
  public static func defaultID(for name: String) -> String {
    let last = name.split(separator: "/").last.map(String.init) ?? name
    guard let dot = last.lastIndex(of: "."), dot != last.startIndex else { return last }
    return String(last[..<dot])
  }

  // MARK: Decoding

  /// Text decoded from the input, where its UTF-8 offsets stand in the original bytes.
  struct Decoded {
    var text: String
    var charset: String
    /// Added to the text's UTF-8 offsets to give offsets in the original (a BOM's 3 bytes).
    var offset: Int
    var basis: Article.RangeBasis
  }

  /// Decodes the input: byte-order mark, then the charset the markup declares (`<meta
  /// charset>`, `http-equiv`, the XML declaration), then strict UTF-8, then ICU's detector.
  func decode(_ data: [UInt8], name: String, format: InputFormat) throws(ArticleError) -> Decoded {
    var bytes = data
    var validated = String(validating: bytes, as: UTF8.self)
    // A file cut in the middle of a UTF-8 sequence is still UTF-8: drop the broken tail.
    if validated == nil, let cut = Self.truncatedUTF8Length(bytes) {
      bytes = Array(bytes.prefix(cut))
      validated = String(validating: bytes, as: UTF8.self)
    }
    let declared = format == .html ? Self.declaredCharset(bytes) : nil
    if declared == nil || declared == "UTF-8", !bytes.starts(with: [0xEF, 0xBB, 0xBF]),
      Self.binaryKind(bytes) == nil, let text = validated,
      !text.utf8.prefix(8_192).contains(0)
    {
      // The common case, valid UTF-8 as declared (or undeclared), skips ICU's converter.
      return Decoded(text: text, charset: "UTF-8", offset: 0, basis: .originalBytes)
    }
    let decoded: TextDecoder.DecodedText
    do {
      decoded = try TextDecoder.decode(bytes, declaredCharset: declared)
    } catch {
      if error == .binaryData { throw .binary(input: name) }
      throw .undecodable(input: name, reason: error.description)
    }
    let isUTF8 = decoded.charset.uppercased() == "UTF-8"
    let bom = isUTF8 && bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    return Decoded(
      text: decoded.text,
      charset: decoded.charset,
      offset: bom,
      basis: isUTF8 ? .originalBytes : .utf8Transcoding
    )
  }

  /// The length of the valid UTF-8 prefix when only the last 1 to 3 bytes break it.
  static func truncatedUTF8Length(_ bytes: [UInt8]) -> Int? {
    for cut in 1...3 where bytes.count > cut {
      let prefix = bytes.prefix(bytes.count - cut)
      if String(validating: prefix, as: UTF8.self) != nil { return prefix.count }
    }
    return nil
  }

  /// The charset named in the first 4 KiB of markup, normalised for ICU.
  ///
  /// `ISO-8859-1` and `US-ASCII` are read as Windows-1252, as browsers do (the HTML standard
  /// maps them so), which keeps curly quotes and the euro sign in mislabelled pages.
  static func declaredCharset(_ bytes: [UInt8]) -> String? {
    let head = String(decoding: bytes.prefix(4_096).map { $0 < 0x80 ? $0 : 0x20 }, as: UTF8.self)
      .lowercased()
    var name: Substring?
    if head.hasPrefix("<?xml"), let range = head.firstRange(of: "encoding=") {
      name = value(after: range.upperBound, in: head)
    }
    var searchStart = head.startIndex
    while name == nil, let range = head[searchStart...].firstRange(of: "charset=") {
      name = value(after: range.upperBound, in: head)
      searchStart = range.upperBound
    }
    guard let name, !name.isEmpty else { return nil }
    switch name {
    case "iso-8859-1", "latin1", "latin-1", "us-ascii", "ascii", "iso8859-1": return "windows-1252"
    case "x-sjis", "shift-jis", "sjis", "ms_kanji", "csshiftjis": return "Shift_JIS"
    case "windows-31j", "cp932", "ms932": return "windows-31j"
    case "x-euc-jp", "eucjp", "euc-jp": return "EUC-JP"
    case "utf-8", "utf8": return "UTF-8"
    case "shift_jis": return "Shift_JIS"
    case "iso-2022-jp": return "ISO-2022-JP"
    case "iso-8859-15": return "ISO-8859-15"
    case "windows-1252", "cp1252": return "windows-1252"
    default: return String(name)
    }
  }

  private static func value(after index: String.Index, in text: String) -> Substring? {
    var start = index
    while start < text.endIndex, text[start] == "\"" || text[start] == "'" || text[start] == " " {
      start = text.index(after: start)
    }
    let end =
      text[start...].firstIndex {
        !($0.isLetter || $0.isNumber || $0 == "-" || $0 == "_" || $0 == ".")
      } ?? text.endIndex
    return text[start..<end]
  }

  // MARK: Extraction

  func extract(
    _ text: String,
    format: InputFormat,
    offset: Int,
    language: Language?,
    clean: Bool
  ) -> ExtractedArticle? {
    switch format {
    case .html:
      guard let document = HTMLDocument(utf8: text) else { return nil }
      return HTMLExtractor(cues: cues).extract(document, offset: offset, language: language)
    default:
      return PlainTextExtractor(cues: cues).extract(
        text,
        offset: offset,
        language: language,
        clean: clean
      )
    }
  }

  /// Applies the record's and the options' metadata over what extraction found, and settles
  /// the language.
  func finish(
    _ extracted: ExtractedArticle?,
    over given: inout ExtractedArticle,
    id: String,
    name: String,
    charset: String,
    basis: Article.RangeBasis
  ) throws(ArticleError) -> Article {
    guard let extracted else { throw .htmlParser(input: name) }
    guard !extracted.paragraphs.isEmpty else { throw .noArticleText(input: name) }
    let language: Language
    if let chosen = options.language ?? given.declaredLanguage {
      language = chosen
    } else {
      let sample = ([extracted.title ?? ""] + extracted.paragraphs.prefix(40).map(\.text)).joined(
        separator: "\n"
      )
      if let detected = try? detector.language(of: sample) {
        language = detected
      } else if let declared = extracted.declaredLanguage {
        language = declared
      } else {
        throw .undetectableLanguage(input: name)
      }
    }
    return Article(
      id: id,
      title: options.title ?? given.title ?? extracted.title,
      byline: given.byline ?? extracted.byline,
      dateline: given.dateline ?? extracted.dateline,
      outlet: options.outlet ?? given.outlet ?? extracted.outlet,
      language: language,
      published: options.published ?? given.published ?? extracted.published,
      url: given.url ?? extracted.url,
      paragraphs: extracted.paragraphs,
      charset: charset,
      rangeBasis: basis
    )
  }
}
