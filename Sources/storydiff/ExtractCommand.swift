import Articles
import ArgumentParser
import Foundation
import TextCore

/// `storydiff extract`: the article in each file (text, HTML or JSON): metadata and paragraphs.
struct ExtractCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "extract",
    abstract: "Read articles from text, HTML or JSON files: title, byline, date and body.",
    discussion: """
      Each input is a plain-text scrape (headline on the first line by convention; site \
      furniture such as login prompts, captions and comment counters is dropped), an HTML page \
      (main text found as readability/trafilatura do), or a JSON article object, array or JSON \
      Lines file with {"title", "text" or "html", "outlet", "language", "published", "url"}. \
      Charsets: UTF-8 (with or without BOM), Shift_JIS, EUC-JP, ISO-2022-JP, Windows-1252, \
      ISO-8859-1/-15, as declared or detected.

      JSON output has "id", "title", "byline", "dateline", "outlet", "language", "published", \
      "url", "text" (paragraphs joined by blank lines), "paragraphs", and "paragraphRanges": \
      UTF-8 byte ranges [start, end] into the input. "rangeBasis" says what they index: \
      originalBytes (UTF-8 input, exact bytes), utf8Transcoding (input in another charset: the \
      UTF-8 form of the decoded file) or embeddedText (the "text"/"html" string of a JSON \
      record). One input prints one object; several print an array (jsonl: one per line). \
      Stops at the first input that cannot be read.

      Examples:
        storydiff extract examples/2024-05-02-france-japan-raa/en-japantoday-reuters.txt
        storydiff extract --format md page.html
        storydiff extract --lang ja --published 2024-05-02 --outlet MOFA --format json -
      """
  )

  @Argument(help: "The files to read, or - for standard input.")
  var files: [String]

  @Option(help: "Output format: json, jsonl, text or md.")
  var format: ExtractFormat = .json

  @Option(help: "The kind of input: text, html, json or jsonl (default: from the name and bytes).")
  var input: ArticleReader.InputFormat?

  @Option(help: "The headline, instead of the one found.")
  var title: String?

  @Option(help: "The outlet, instead of the one found.")
  var outlet: String?

  @Option(help: "The language: en, fr or ja (default: detected).")
  var lang: String?

  @Option(
    help: ArgumentHelp("The publication date, instead of the one found.", valueName: "YYYY-MM-DD")
  )
  var published: String?

  @Option(help: "The article id, instead of the file name (one input only).")
  var id: String?

  /// The output formats of `extract`.
  enum ExtractFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case jsonl
    case text
    case md
  }

  /// The largest input read from a file or standard input.
  static let maximumInputBytes = 16 << 20

  func validate() throws {
    if files.isEmpty { throw ValidationError("give at least one file, or - for standard input") }
    if let lang, Language(tag: lang) == nil {
      throw ValidationError("unsupported language '\(lang)' (supported: en, fr, ja)")
    }
    if let published, PublicationDate(iso: published) == nil {
      throw ValidationError("--published must be a real date as YYYY-MM-DD, found '\(published)'")
    }
    if id != nil && files.count > 1 { throw ValidationError("--id applies to one input only") }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
  }

  /// The reader options the flags ask for.
  var readerOptions: ArticleReader.Options {
    var options = ArticleReader.Options()
    options.format = input
    options.title = title
    options.outlet = outlet
    options.language = lang.flatMap(Language.init(tag:))
    options.published = published.flatMap(PublicationDate.init(iso:))
    options.id = id
    options.maximumInputBytes = Self.maximumInputBytes
    return options
  }

  /// The JSON document printed for one article.
  struct Output: Encodable {
    var id: String
    var title: String?
    var byline: String?
    var dateline: String?
    var outlet: String?
    var language: String
    var published: String?
    var url: String?
    var text: String
    var paragraphs: [String]
    var paragraphKinds: [String]
    var paragraphRanges: [[Int]]
    var rangeBasis: String
    var charset: String

    init(_ article: Article) {
      id = article.id
      title = article.title
      byline = article.byline
      dateline = article.dateline
      outlet = article.outlet
      language = article.language.rawValue
      published = article.published?.description
      url = article.url
      text = article.text
      paragraphs = article.paragraphs.map(\.text)
      paragraphKinds = article.paragraphs.map(\.kind.rawValue)
      paragraphRanges = article.paragraphs.map {
        [$0.utf8Range.lowerBound, $0.utf8Range.upperBound]
      }
      rangeBasis = article.rangeBasis.rawValue
      charset = article.charset
    }

    /// Encodes absent metadata as `null` so every object has the contract's fields.
    func encode(to encoder: any Encoder) throws {
      var container = encoder.container(keyedBy: CodingKeys.self)
      try container.encode(id, forKey: .id)
      try container.encode(title, forKey: .title)
      try container.encode(byline, forKey: .byline)
      try container.encode(dateline, forKey: .dateline)
      try container.encode(outlet, forKey: .outlet)
      try container.encode(language, forKey: .language)
      try container.encode(published, forKey: .published)
      try container.encode(url, forKey: .url)
      try container.encode(text, forKey: .text)
      try container.encode(paragraphs, forKey: .paragraphs)
      try container.encode(paragraphKinds, forKey: .paragraphKinds)
      try container.encode(paragraphRanges, forKey: .paragraphRanges)
      try container.encode(rangeBasis, forKey: .rangeBasis)
      try container.encode(charset, forKey: .charset)
    }

    enum CodingKeys: String, CodingKey {
      case id, title, byline, dateline, outlet, language, published, url, text, paragraphs
      case paragraphKinds, paragraphRanges, rangeBasis, charset
    }
  }

  func run() throws {
    let reader: ArticleReader
    do {
      reader = try ArticleReader(options: readerOptions)
    } catch {
      throw InputError("dictionaries", error.description)
    }
    var articles = [Article]()
    for file in files {
      let name = file == "-" ? "stdin" : file
      let bytes = try Self.readBytes(file)
      do {
        articles += try reader.read(data: bytes, name: name)
      } catch {
        throw InputError(error.input ?? name, error.problem)
      }
    }
    print(try render(articles))
  }

  /// The articles in the chosen output format.
  func render(_ articles: [Article]) throws -> String {
    switch format {
    case .json:
      let outputs = articles.map(Output.init)
      if articles.count == 1 && files.count == 1, let single = outputs.first {
        return try JSONOutput.string(single, pretty: true)
      }
      return try JSONOutput.string(outputs, pretty: true)
    case .jsonl:
      return try articles.map { try JSONOutput.string(Output($0), pretty: false) }.joined(
        separator: "\n"
      )
    case .text:
      return articles.map(Self.plainText).joined(separator: "\n\n")
    case .md:
      return articles.map(Self.markdown).joined(separator: "\n\n---\n\n")
    }
  }

  static func plainText(_ article: Article) -> String {
    var lines = [article.title ?? "(no title)"]
    let fields: [(String, String?)] = [
      ("id", article.id), ("byline", article.byline), ("dateline", article.dateline),
      ("outlet", article.outlet), ("language", article.language.rawValue),
      ("published", article.published?.description), ("url", article.url),
    ]
    for (label, value) in fields { if let value { lines.append("\(label): \(value)") } }
    lines.append("")
    lines.append(article.text)
    return lines.joined(separator: "\n")
  }

  static func markdown(_ article: Article) -> String {
    var lines = ["# \(article.title ?? article.id)", ""]
    let facts = [article.byline, article.dateline, article.outlet, article.published?.description]
      .compactMap { $0 }
    if !facts.isEmpty {
      lines.append("*\(facts.joined(separator: " · "))*")
      lines.append("")
    }
    for paragraph in article.paragraphs {
      switch paragraph.kind {
      case .heading: lines.append("## \(paragraph.text)")
      case .listItem: lines.append("- \(paragraph.text)")
      case .quote: lines.append("> \(paragraph.text)")
      case .paragraph: lines.append(paragraph.text)
      }
      lines.append("")
    }
    if let url = article.url { lines.append("<\(url)>") }
    return lines.joined(separator: "\n").trimmingCharacters(in: .newlines)
  }

  /// Reads a file or standard input, refusing missing files, directories and oversized input.
  static func readBytes(_ file: String) throws -> [UInt8] {
    if file == "-" {
      let data = FileHandle.standardInput.readData(ofLength: maximumInputBytes + 1)
      return Array(data)
    }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: file, isDirectory: &isDirectory) else {
      throw InputError(file, "no such file")
    }
    if isDirectory.boolValue { throw InputError(file, "is a directory, not a file") }
    guard let handle = FileHandle(forReadingAtPath: file) else {
      throw InputError(file, "cannot be read (permission denied?)")
    }
    defer { try? handle.close() }
    let data = (try? handle.read(upToCount: maximumInputBytes + 1)) ?? Data()
    return Array(data)
  }
}

extension ArticleReader.InputFormat: ExpressibleByArgument {}
