import Articles
import ArgumentParser
import Comparison
import Reports
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

      Formats: text (the terminal report: summary, divergences with the readings side by \
      side, shared facts, unmatched claims; colour on a terminal), md (Markdown for a \
      write-up), html (one self-contained page; use -o), json (the versioned report; see \
      schemas/report.schema.json) and csv (one row per fact, divergence or unmatched claim and \
      article).

      Examples:
        storydiff compare examples/2024-05-02-france-japan-raa/*.txt --published 2024-05-02
        storydiff compare --format html -o report.html examples/2011-03-11-tohoku-earthquake/*.txt
        storydiff compare --sentence-per-line --format json en.txt fr.txt ja.txt
      """
  )

  @Argument(help: "Two or more article files, or - for standard input (once).")
  var files: [String]

  @Option(help: "Output format: text, md, html, json or csv.")
  var format: ReportFormat = .text

  @Option(
    name: [.short, .long],
    help: ArgumentHelp(
      "Write the report to this file instead of standard output.",
      valueName: "file"
    )
  )
  var output: String?

  @Option(help: "When to colour text output: auto (on a terminal), always or never.")
  var color: ReportFormat.ColorChoice = .auto

  @Flag(name: .customLong("no-color"), help: "Never colour text output (same as --color never).")
  var noColor = false

  @Option(help: "The width to wrap text output to (default: COLUMNS, else 80).")
  var width: Int?

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

  func validate() throws {
    if files.count < 2 { throw ValidationError("give at least two articles to compare") }
    if let lang, Language(tag: lang) == nil {
      throw ValidationError("unsupported language '\(lang)' (supported: en, fr, ja)")
    }
    if let published, PublicationDate(iso: published) == nil {
      throw ValidationError("--published must be a real date as YYYY-MM-DD, found '\(published)'")
    }
    if let width, width < 20 {
      throw ValidationError("--width must be at least 20, found \(width)")
    }
    if files.filter({ $0 == "-" }).count > 1 {
      throw ValidationError("standard input (-) can be read once only")
    }
  }

  func run() throws {
    let pipeline = try StoryPipeline(dictionaries: StoryPipeline.dictionarySource(dictionaries))
    var settings = StoryPipeline.Settings()
    settings.language = lang.flatMap(Language.init(tag:))
    settings.published = published.flatMap(PublicationDate.init(iso:))
    settings.sentencePerLine = sentencePerLine
    var articles = [ArticleClaims]()
    for file in files {
      let name = file == "-" ? "stdin" : file
      let bytes = try ExtractCommand.readBytes(file)
      articles += try pipeline.articles(in: bytes, name: name, settings: settings)
    }
    let report = try pipeline.report(articles, name: files.joined(separator: ", "))
    let renderer = format.renderer(color: noColor ? .never : color, width: width)
    let rendered = renderer.render(report)
    let sink = try OutputSink(path: output)
    sink.write(rendered.hasSuffix("\n") ? rendered : rendered + "\n")
    try sink.close()
  }
}
