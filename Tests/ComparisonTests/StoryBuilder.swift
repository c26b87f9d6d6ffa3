import Articles
import Comparison
import TextCore

/// Builds hand-made articles with claims for engine tests: sentences get consecutive UTF-8
/// ranges, and every mention points at the start of its sentence unless told otherwise.
struct StoryBuilder {
  /// One sentence's claim, described by its anchors.
  struct Line {
    var text: String
    var entities: [(name: String, kind: EntityMention.Kind)] = []
    var quantities: [QuantityMention] = []
    var dates: [DateMention] = []
    var quotes: [QuoteMention] = []
    var concepts: [String] = []
    /// Weaker senses (`Claim.weakerConcepts`).
    var weakerConcepts: [String] = []
    /// Names kept as written or linked only approximately (`isExactlyLinked` false).
    var unlinked: [(name: String, kind: EntityMention.Kind)] = []
  }

  /// An English article of `lines`, one claim per line.
  static func article(_ id: String, _ lines: [Line]) -> ArticleClaims {
    article(id, .english, lines)
  }

  /// An article of `lines`, one claim per line.
  static func article(
    _ id: String,
    _ language: Language,
    _ lines: [Line],
    published: PublicationDate? = nil
  ) -> ArticleClaims {
    var offset = 0
    var sentences = [ArticleClaims.Sentence]()
    var claims = [Claim]()
    for (index, line) in lines.enumerated() {
      let range = offset..<(offset + line.text.utf8.count)
      offset = range.upperBound + 1
      sentences.append(ArticleClaims.Sentence(index: index, text: line.text, utf8Range: range))
      let at = range.lowerBound..<range.lowerBound
      claims.append(
        Claim(
          article: id,
          sentence: index,
          text: line.text,
          utf8Range: range,
          entities: line.entities.map {
            EntityMention(text: $0.name, canonical: $0.name, kind: $0.kind, utf8Range: at)
          }
            + line.unlinked.map {
              EntityMention(
                text: $0.name,
                canonical: $0.name,
                kind: $0.kind,
                utf8Range: at,
                isExactlyLinked: false
              )
            },
          quantities: line.quantities.map { placed($0, in: line.text, at: range.lowerBound) },
          dates: line.dates.map { placed($0, at: range.lowerBound) },
          quotes: line.quotes,
          concepts: Array(Set(line.concepts)).sorted(),
          weakerConcepts: Array(Set(line.weakerConcepts)).sorted()
        )
      )
    }
    return ArticleClaims(
      id: id,
      language: language,
      published: published,
      sentences: sentences,
      claims: claims
    )
  }

  /// The quantity placed where its text stands in the sentence (at the sentence's start when
  /// the text is not found).
  private static func placed(
    _ quantity: QuantityMention,
    in sentence: String,
    at offset: Int
  ) -> QuantityMention {
    var moved = quantity
    let start = sentence.range(of: quantity.text).map {
      sentence.utf8.distance(from: sentence.startIndex, to: $0.lowerBound)
    }
    let lower = offset + (start ?? 0)
    moved.utf8Range = lower..<(lower + quantity.text.utf8.count)
    return moved
  }

  private static func placed(_ date: DateMention, at offset: Int) -> DateMention {
    var moved = date
    moved.utf8Range = offset..<(offset + date.text.utf8.count)
    return moved
  }

  /// A quantity mention as written.
  static func quantity(
    _ text: String,
    _ value: String,
    _ unit: String?,
    _ qualifier: QuantityMention.Qualifier? = nil
  ) -> QuantityMention {
    QuantityMention(text: text, value: value, unit: unit, qualifier: qualifier, utf8Range: 0..<0)
  }

  /// A date mention as written, with its ISO value.
  static func date(_ text: String, _ value: String, relative: Bool = false) -> DateMention {
    let precision: DateMention.Precision =
      value.count >= 16 ? .minute : value.count == 10 ? .day : value.count == 7 ? .month : .year
    return DateMention(
      text: text,
      value: value,
      precision: precision,
      isRelative: relative,
      utf8Range: 0..<0
    )
  }

  /// A quote mention with its speaker.
  static func quote(_ text: String, speaker: String?, canonical: String?) -> QuoteMention {
    QuoteMention(text: text, speaker: speaker, speakerCanonical: canonical, utf8Range: 0..<0)
  }

  /// Ten sentences about distinct subjects, each with its own rare anchors, for filler.
  static func filler(_ count: Int, tag: String) -> [Line] {
    (0..<count).map { index in
      Line(
        text: "Filler sentence \(index) of \(tag).",
        concepts: ["topic\(index)a", "topic\(index)b", "topic\(index)c", "common"]
      )
    }
  }
}

extension StoryBuilder.Line {
  /// A line with concepts only.
  init(_ text: String, concepts: [String]) {
    self.init(text: text, concepts: concepts)
  }
}
