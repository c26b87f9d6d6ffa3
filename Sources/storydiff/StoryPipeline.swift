import ArgumentParser
import Articles
import Comparison
import Foundation
import Reports
import TextCore

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The steps from article bytes to a comparison report.
///
/// Read (text, HTML or JSON), extract claims, compare. `compare` runs it once; `batch` runs it
/// once per story, on several threads at once.
///
/// Every part is a `Sendable` value built once (dictionaries, cues, profiles and lexicons are
/// loaded in `init`), and the steps are pure, so one pipeline serves all threads.
struct StoryPipeline: Sendable {
  /// How the articles of one story are read.
  struct Settings: Sendable, Hashable {
    /// The language of every article; `nil` detects it per article.
    var language: Language?
    /// The publication date of every article, for relative dates; `nil` keeps the one found.
    var published: PublicationDate?
    /// Whether each line of a text input is one sentence (pre-segmented corpora such as FLORES).
    var sentencePerLine = false
    /// The kind of input; `nil` tells it from the name and the bytes.
    var format: ArticleReader.InputFormat?
  }

  private let reader: ArticleReader
  private let extractor: ClaimExtractor
  private let detector: LanguageDetector
  private let comparer: StoryComparer

  /// Loads the dictionaries once for every story.
  ///
  /// - Throws: `InputError` naming the dictionaries when they cannot be read.
  init(dictionaries: any DictionarySource) throws {
    do {
      reader = try ArticleReader(dictionaries: dictionaries)
      extractor = try ClaimExtractor(dictionaries: dictionaries)
      var profiles = [LanguageProfile]()
      for language in Language.allCases {
        profiles.append(try LanguageProfile.load(language, from: dictionaries))
      }
      detector = LanguageDetector(profiles: profiles)
      comparer = try StoryComparer(dictionaries: dictionaries)
    } catch {
      throw InputError("dictionaries", "\(error)")
    }
  }

  /// The dictionaries `--dictionaries` names, or the bundled ones.
  static func dictionarySource(_ folder: String?) throws -> any DictionarySource {
    guard let folder else { return BundledDictionaries() }
    var isDirectory: ObjCBool = false
    guard FileManager.default.fileExists(atPath: folder, isDirectory: &isDirectory),
      isDirectory.boolValue
    else { throw InputError(folder, "no such dictionaries folder") }
    return DirectoryDictionaries(directory: URL(fileURLWithPath: folder))
  }

  /// The articles in one input with their claims.
  ///
  /// - Parameters:
  ///   - bytes: the input's bytes.
  ///   - name: the input's name, for messages and the default article id (the file name
  ///     without its extension).
  ///   - settings: how to read it.
  /// - Returns: one article for text and HTML, one per record for JSON.
  /// - Throws: `InputError` naming the input.
  func articles(in bytes: [UInt8], name: String, settings: Settings) throws -> [ArticleClaims] {
    if bytes.count > ExtractCommand.maximumInputBytes {
      throw InputError(name, "input is larger than \(ExtractCommand.maximumInputBytes >> 20) MiB")
    }
    if settings.sentencePerLine && settings.format != .json && settings.format != .jsonl {
      return [try sentencePerLineArticle(bytes, name: name, settings: settings)]
    }
    var reader = self.reader
    reader.options.language = settings.language
    reader.options.published = settings.published
    reader.options.format = settings.format
    let articles: [Article]
    do {
      articles = try reader.read(data: bytes, name: name)
    } catch {
      throw InputError(error.input ?? name, error.problem)
    }
    var result = [ArticleClaims]()
    for article in articles {
      do {
        result.append(ArticleClaims(article: article, claims: try extractor.claims(in: article)))
      } catch {
        throw InputError(name, error.description)
      }
    }
    return result
  }

  /// One article of pre-segmented lines.
  private func sentencePerLineArticle(
    _ bytes: [UInt8],
    name: String,
    settings: Settings
  ) throws -> ArticleClaims {
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
    let language: Language
    if let given = settings.language {
      language = given
    } else {
      do {
        language = try detector.language(of: text)
      } catch {
        throw InputError(name, error.description)
      }
    }
    let made = ArticleClaims.sentencePerLine(
      id: ArticleReader.defaultID(for: name),
      language: language,
      lines: lines,
      published: settings.published
    )
    let claims: [Claim]
    do {
      claims = try extractor.claims(in: made.article)
    } catch {
      throw InputError(name, error.description)
    }
    return ArticleClaims(
      id: made.article.id,
      language: language,
      title: made.article.title,
      outlet: made.article.outlet,
      published: made.article.published,
      sentences: made.sentences,
      claims: claims
    )
  }

  /// The report comparing `articles`.
  ///
  /// - Parameters:
  ///   - articles: the story's articles with their claims.
  ///   - name: the story's name for messages.
  /// - Returns: the comparison report.
  /// - Throws: `InputError` naming the story (fewer than two articles, duplicate ids).
  func report(_ articles: [ArticleClaims], name: String) throws -> ComparisonReport {
    do {
      return try comparer.compare(articles)
    } catch {
      throw InputError(name, error.description)
    }
  }
}

/// The report formats a command can print, and the renderer for each: the shared end of the
/// pipeline for `compare` (`--format`, `--color`, `--width`) and `batch`.
enum ReportFormat: String, ExpressibleByArgument, CaseIterable {
  case text
  case md
  case html
  case json
  case csv

  /// When to colour terminal output.
  enum ColorChoice: String, ExpressibleByArgument, CaseIterable {
    case auto
    case always
    case never
  }

  /// The renderer for this format.
  ///
  /// - Parameters:
  ///   - color: when to colour `text` output; `auto` colours when standard output is a terminal
  ///     and `NO_COLOR` is not set.
  ///   - width: the width to wrap `text` output to; `nil` takes `COLUMNS`, else 80.
  ///   - title: the title of `md` and `html` output, if not the default.
  /// - Returns: the renderer.
  func renderer(
    color: ColorChoice = .auto,
    width: Int? = nil,
    title: String? = nil
  ) -> any ReportRenderer {
    let environment = ProcessInfo.processInfo.environment
    switch self {
    case .text:
      var options = TerminalRenderer.Options()
      options.width =
        width ?? environment["COLUMNS"].flatMap { Int($0) }.flatMap { $0 >= 20 ? $0 : nil } ?? 80
      switch color {
      case .always: options.usesColor = true
      case .never: options.usesColor = false
      case .auto:
        options.usesColor =
          isatty(STDOUT_FILENO) == 1 && environment["NO_COLOR"] == nil
          && environment["TERM"] != "dumb"
      }
      return TerminalRenderer(options: options)
    case .md:
      var options = MarkdownRenderer.Options()
      if let title { options.title = title }
      return MarkdownRenderer(options: options)
    case .html:
      var options = HTMLRenderer.Options()
      if let title { options.title = title }
      return HTMLRenderer(options: options)
    case .json:
      return JSONRenderer()
    case .csv:
      return CSVRenderer()
    }
  }
}
