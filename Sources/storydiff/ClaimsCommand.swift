import Articles
import ArgumentParser
import Foundation
import TextCore

/// `storydiff claims`: the claims of an article, one per sentence, with their anchors.
struct ClaimsCommand: ParsableCommand {
  static let configuration = CommandConfiguration(
    commandName: "claims",
    abstract: "List the claims of an article: entities, quantities, dates, quotes and concepts.",
    discussion: """
      The input is read like 'storydiff extract' reads it (text, HTML or JSON, any supported \
      charset). Each sentence of the body becomes a claim. Every "utf8Range" [start, end] is a \
      UTF-8 byte range into the article's body text: its paragraphs joined by blank lines, as \
      'storydiff extract' prints it in "text". Entities carry one English "canonical" name \
      shared by all languages; dates are ISO 8601 at the precision the text gives, resolved \
      against --published (or the date found in the article). "concepts" are the English ids of \
      the words' strongest senses; "weakerConcepts" are further senses (and, for French and \
      Japanese words, the Japanese side of their direct pairs), which a comparison counts only \
      when another article has them too.

      Examples:
        storydiff claims --published 2024-05-02 examples/2024-05-02-france-japan-raa/en-japantoday-reuters.txt
        storydiff claims --format text examples/2024-05-02-france-japan-raa/ja-mofa.txt
      """
  )

  @OptionGroup var input: InputOptions

  @Option(
    help: ArgumentHelp(
      "The publication date relative dates resolve against, instead of the one found.",
      valueName: "YYYY-MM-DD"
    )
  )
  var published: String?

  @Option(help: "Output format: json or text.")
  var format: ClaimsFormat = .json

  /// The output formats of `claims`.
  enum ClaimsFormat: String, ExpressibleByArgument, CaseIterable {
    case json
    case text
  }

  func validate() throws {
    if let published, PublicationDate(iso: published) == nil {
      throw ValidationError("--published must be a real date as YYYY-MM-DD, found '\(published)'")
    }
  }

  func run() throws {
    let source = try input.dictionarySource()
    var options = ArticleReader.Options()
    options.language = input.lang.flatMap(Language.init(tag:))
    options.published = published.flatMap(PublicationDate.init(iso:))
    options.maximumInputBytes = ExtractCommand.maximumInputBytes
    let reader: ArticleReader
    do {
      reader = try ArticleReader(options: options, dictionaries: source)
    } catch {
      throw InputError("dictionaries", error.description)
    }
    let bytes = try ExtractCommand.readBytes(input.file)
    let articles: [Article]
    do {
      articles = try reader.read(data: bytes, name: input.inputName)
    } catch {
      throw InputError(error.input ?? input.inputName, error.problem)
    }
    guard let article = articles.first else { throw InputError(input.inputName, "no article") }
    // Only the article's language profile is loaded: a profile costs tens of milliseconds.
    let claims: [Claim]
    do {
      let extractor = try ClaimExtractor(dictionaries: source, languages: [article.language])
      claims = try extractor.claims(in: article)
    } catch {
      throw InputError(input.inputName, error.description)
    }
    switch format {
    case .json: print(try JSONOutput.string(Output(article: article, claims: claims), pretty: true))
    case .text: print(Self.plainText(article: article, claims: claims))
    }
  }

  /// The claims as lines for people: one block per claim, one line per anchor.
  static func plainText(article: Article, claims: [Claim]) -> String {
    var lines = [
      "\(article.id) (\(article.language.rawValue)), published \(article.published?.description ?? "unknown"), \(claims.count) claim\(claims.count == 1 ? "" : "s")"
    ]
    for claim in claims {
      lines.append("")
      lines.append("[\(claim.sentence)] \(claim.text)")
      for entity in claim.entities {
        lines.append("  entity: \(entity.text) = \(entity.canonical) (\(entity.kind.rawValue))")
      }
      for quantity in claim.quantities {
        let upper = quantity.upperValue.map { "–\($0)" } ?? ""
        let unit = quantity.unit.map { " \($0)" } ?? ""
        let qualifier = quantity.qualifier.map { " [\($0.rawValue)]" } ?? ""
        lines.append("  quantity: \(quantity.text) = \(quantity.value)\(upper)\(unit)\(qualifier)")
      }
      for date in claim.dates {
        lines.append("  date: \(date.text) = \(date.value)\(date.isRelative ? " (resolved)" : "")")
      }
      for quote in claim.quotes {
        let speaker = quote.speaker.map { " — \($0)" } ?? ""
        let canonical = quote.speakerCanonical.map { " = \($0)" } ?? ""
        lines.append("  quote: \(quote.text)\(speaker)\(canonical)")
      }
      if !claim.concepts.isEmpty {
        lines.append("  concepts: \(claim.concepts.joined(separator: " "))")
      }
      if !claim.weakerConcepts.isEmpty {
        lines.append("  weaker senses: \(claim.weakerConcepts.joined(separator: " "))")
      }
    }
    return lines.joined(separator: "\n")
  }

  /// The JSON document `claims --format json` prints.
  struct Output: Encodable {
    struct ArticleInfo: Encodable {
      var id: String
      var title: String?
      var language: String
      var published: String?

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(id, forKey: .id)
        try container.encode(title, forKey: .title)
        try container.encode(language, forKey: .language)
        try container.encode(published, forKey: .published)
      }

      enum CodingKeys: String, CodingKey { case id, title, language, published }
    }

    struct ClaimOutput: Encodable {
      var claim: Claim

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(claim.sentence, forKey: .sentence)
        try container.encode(claim.text, forKey: .text)
        try container.encode(Self.pair(claim.utf8Range), forKey: .utf8Range)
        try container.encode(claim.entities.map(EntityOutput.init), forKey: .entities)
        try container.encode(claim.quantities.map(QuantityOutput.init), forKey: .quantities)
        try container.encode(claim.dates.map(DateOutput.init), forKey: .dates)
        try container.encode(claim.quotes.map(QuoteOutput.init), forKey: .quotes)
        try container.encode(claim.concepts, forKey: .concepts)
        try container.encode(claim.weakerConcepts, forKey: .weakerConcepts)
      }

      static func pair(_ range: Range<Int>) -> [Int] { [range.lowerBound, range.upperBound] }

      enum CodingKeys: String, CodingKey {
        case sentence, text, utf8Range, entities, quantities, dates, quotes, concepts
        case weakerConcepts
      }
    }

    struct EntityOutput: Encodable {
      var text: String
      var canonical: String
      var kind: String
      var utf8Range: [Int]

      init(_ entity: EntityMention) {
        text = entity.text
        canonical = entity.canonical
        kind = entity.kind.rawValue
        utf8Range = ClaimOutput.pair(entity.utf8Range)
      }
    }

    struct QuantityOutput: Encodable {
      var quantity: QuantityMention

      init(_ quantity: QuantityMention) { self.quantity = quantity }

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quantity.text, forKey: .text)
        try container.encode(quantity.value, forKey: .value)
        try container.encode(quantity.upperValue, forKey: .upperValue)
        try container.encode(quantity.unit, forKey: .unit)
        try container.encode(quantity.qualifier?.rawValue, forKey: .qualifier)
        try container.encode(ClaimOutput.pair(quantity.utf8Range), forKey: .utf8Range)
      }

      enum CodingKeys: String, CodingKey {
        case text, value, upperValue, unit, qualifier, utf8Range
      }
    }

    struct DateOutput: Encodable {
      var text: String
      var value: String
      var precision: String
      var isRelative: Bool
      var utf8Range: [Int]

      init(_ date: DateMention) {
        text = date.text
        value = date.value
        precision = date.precision.rawValue
        isRelative = date.isRelative
        utf8Range = ClaimOutput.pair(date.utf8Range)
      }
    }

    struct QuoteOutput: Encodable {
      var quote: QuoteMention

      init(_ quote: QuoteMention) { self.quote = quote }

      func encode(to encoder: any Encoder) throws {
        var container = encoder.container(keyedBy: CodingKeys.self)
        try container.encode(quote.text, forKey: .text)
        try container.encode(quote.speaker, forKey: .speaker)
        try container.encode(quote.speakerCanonical, forKey: .speakerCanonical)
        try container.encode(ClaimOutput.pair(quote.utf8Range), forKey: .utf8Range)
      }

      enum CodingKeys: String, CodingKey { case text, speaker, speakerCanonical, utf8Range }
    }

    var article: ArticleInfo
    var claims: [ClaimOutput]

    init(article: Article, claims: [Claim]) {
      self.article = ArticleInfo(
        id: article.id,
        title: article.title,
        language: article.language.rawValue,
        published: article.published?.description
      )
      self.claims = claims.map(ClaimOutput.init)
    }
  }
}
