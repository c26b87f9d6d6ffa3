import Articles
import ArgumentParser
import Comparison
import Foundation
import TextCore

/// `storydiff compare`: facts, divergences and unmatched claims across articles of one story.
struct CompareCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "compare",
    abstract: "Compare articles about one story: shared facts, divergences, unmatched claims.",
    discussion: """
      Each file is read as in 'extract' (text, HTML or JSON; the article id is the file name \
      without its extension), its claims are extracted, and the claims of all articles are \
      aligned without regard to order. JSON output (schemaVersion 1) has "articles" (id, \
      language, title, outlet, published, sentences with index, text, utf8Range into the \
      article's body text), "facts" (id, claims with article and sentences, evidence), \
      "divergences" (id, kind: number, date, entity, attribution, quote or qualifier; fact id \
      or null; readings with article, sentences, text, normalized), "unmatched" (article, \
      sentences) and "summary".

      Examples:
        storydiff compare examples/2024-05-02-france-japan-raa/*.txt --published 2024-05-02
        storydiff compare --sentence-per-line --format json en.txt fr.txt ja.txt
      """
  )

  @Argument(help: "Two or more article files, or - for standard input (once).")
  var files: [String]

  @Option(help: "Output format: json or text.")
  var format: CompareFormat = .text

  @Flag(help: "Treat each line of each file as one sentence (pre-segmented corpora).")
  var sentencePerLine = false

  @Option(
    help: ArgumentHelp(
      "The publication date of every article, for relative dates.",
      valueName: "YYYY-MM-DD"
    )
  )
  var published: String?

  @Option(help: "The language of every article: en, fr or ja (default: detected per article).")
  var lang: String?

  @Option(
    help: ArgumentHelp("A dictionaries folder to use instead of the bundled one.", valueName: "dir")
  )
  var dictionaries: String?

  /// The output formats of `compare`.
  enum CompareFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
  }

  func validate() throws {
    if files.count < 2 { throw ValidationError("give at least two articles to compare") }
    if let lang, Language(tag: lang) == nil {
      throw ValidationError("unsupported language '\(lang)' (supported: en, fr, ja)")
    }
    if let published, PublicationDate(iso: published) == nil {
      throw ValidationError("--published must be a real date as YYYY-MM-DD, found '\(published)'")
    }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
  }

  func run() throws {
    let source = try dictionarySource()
    let extractor: ClaimExtractor
    do {
      extractor = try ClaimExtractor(dictionaries: source)
    } catch {
      throw InputError("dictionaries", error.description)
    }
    var options = ArticleReader.Options()
    options.language = lang.flatMap(Language.init(tag:))
    options.published = published.flatMap(PublicationDate.init(iso:))
    let reader: ArticleReader
    do {
      reader = try ArticleReader(options: options, dictionaries: source)
    } catch {
      throw InputError("dictionaries", error.description)
    }
    var articles = [ArticleClaims]()
    for file in files {
      articles += try read(file, reader: reader, extractor: extractor, dictionaries: source)
    }
    let report: ComparisonReport
    do {
      report = try StoryComparer().compare(articles)
    } catch {
      throw InputError(files.joined(separator: ", "), error.description)
    }
    switch format {
    case .json:
      print(String(decoding: try report.jsonData(), as: UTF8.self))
    case .text:
      print(Self.plainText(report), terminator: "")
    }
  }

  /// The dictionaries to read: the bundled ones or `--dictionaries`.
  func dictionarySource() throws -> any DictionarySource {
    guard let dictionaries else { return BundledDictionaries() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: dictionaries, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw InputError(dictionaries, "no such dictionaries folder") }
    return DirectoryDictionaries(directory: URL(fileURLWithPath: dictionaries))
  }

  /// The articles in one file with their claims.
  func read(
    _ file: String,
    reader: ArticleReader,
    extractor: ClaimExtractor,
    dictionaries: any DictionarySource
  ) throws -> [ArticleClaims] {
    let name = file == "-" ? "stdin" : file
    let bytes = try ExtractCommand.readBytes(file)
    if bytes.count > ExtractCommand.maximumInputBytes {
      throw InputError(name, "input is larger than \(ExtractCommand.maximumInputBytes >> 20) MiB")
    }
    let date = published.flatMap(PublicationDate.init(iso:))
    let articles: [(article: Article, sentences: [ArticleClaims.Sentence]?)]
    if sentencePerLine {
      let text: String
      do {
        text = try TextDecoder.utf8(bytes)
      } catch {
        throw InputError(name, error.description)
      }
      let lines = text.split(omittingEmptySubsequences: false) { $0 == "\n" || $0 == "\r\n" }
        .map(String.init)
      guard lines.contains(where: { $0.unicodeScalars.contains { !$0.properties.isWhitespace } })
      else { throw InputError(name, "input is empty") }
      let language = try language(of: text, name: name, dictionaries: dictionaries)
      let made = ArticleClaims.sentencePerLine(
        id: Self.defaultID(for: name),
        language: language,
        lines: lines,
        published: date
      )
      articles = [(made.article, made.sentences)]
    } else {
      do {
        articles = try reader.read(data: bytes, name: name).map { ($0, nil) }
      } catch {
        throw InputError(error.input ?? name, error.problem)
      }
    }
    var result = [ArticleClaims]()
    for (article, sentences) in articles {
      let claims: [Claim]
      do {
        claims = try extractor.claims(in: article)
      } catch {
        throw InputError(name, error.description)
      }
      if let sentences {
        result.append(
          ArticleClaims(
            id: article.id,
            language: article.language,
            title: article.title,
            outlet: article.outlet,
            published: article.published,
            sentences: sentences,
            claims: claims
          )
        )
      } else {
        result.append(ArticleClaims(article: article, claims: claims))
      }
    }
    return result
  }

  /// The language asked for, or the one detected in `text`.
  private func language(
    of text: String,
    name: String,
    dictionaries: any DictionarySource
  ) throws -> Language {
    if let lang, let language = Language(tag: lang) { return language }
    do {
      var profiles = [LanguageProfile]()
      for language in Language.allCases {
        profiles.append(try LanguageProfile.load(language, from: dictionaries))
      }
      return try LanguageDetector(profiles: profiles).language(of: text)
    } catch {
      throw InputError(name, error.description)
    }
  }

  /// The file name without its folder and extension.
  static func defaultID(for name: String) -> String {
    let base = name.split(separator: "/").last.map(String.init) ?? name
    guard let dot = base.lastIndex(of: "."), dot != base.startIndex else { return base }
    return String(base[..<dot])
  }

  /// The report as plain text: summary, divergences, facts, unmatched claims.
  static func plainText(_ report: ComparisonReport) -> String {
    var sentences = [String: [Int: String]]()
    for article in report.articles {
      sentences[article.id] = Dictionary(
        article.sentences.map { ($0.index, $0.text) },
        uniquingKeysWith: { first, _ in first }
      )
    }
    func quote(_ article: String, _ indices: [Int]) -> String {
      let text = indices.compactMap { sentences[article]?[$0] }.joined(separator: " ")
      let numbers = indices.map { String($0 + 1) }.joined(separator: ",")
      return "[\(article) \(numbers)] \(text)"
    }
    let summary = report.summary
    var lines = [String]()
    lines.append(
      "\(summary.articleCount) articles, \(summary.sentenceCount) sentences: "
        + "\(summary.factCount) facts, \(summary.divergenceCount) divergences, "
        + "\(summary.unmatchedCount) unmatched"
    )
    for article in report.articles {
      let details = [article.language, article.outlet, article.published].compactMap { $0 }
      lines.append(
        "  \(article.id) (\(details.joined(separator: ", "))): \(article.title ?? "(no title)")"
      )
    }
    lines.append("")
    lines.append("Divergences")
    if report.divergences.isEmpty { lines.append("  (none)") }
    for divergence in report.divergences {
      lines.append(
        "  \(divergence.id) \(divergence.kind.rawValue)"
          + (divergence.fact.map { " in \($0)" } ?? "") + ": "
          + divergence.readings.map { "\($0.article) \"\($0.text)\" = \($0.normalized)" }
          .joined(separator: " | ")
      )
      if let note = divergence.note { lines.append("    note: \(note)") }
    }
    lines.append("")
    lines.append("Facts")
    if report.facts.isEmpty { lines.append("  (none)") }
    for fact in report.facts {
      let anchors = fact.evidence.anchors.prefix(5).map(\.value).joined(separator: ", ")
      lines.append("  \(fact.id) (score \(fact.evidence.similarityScore); \(anchors))")
      for claim in fact.claims { lines.append("    \(quote(claim.article, claim.sentences))") }
    }
    lines.append("")
    lines.append("Unmatched")
    if report.unmatched.isEmpty { lines.append("  (none)") }
    for entry in report.unmatched { lines.append("  \(quote(entry.article, entry.sentences))") }
    return lines.joined(separator: "\n") + "\n"
  }
}
