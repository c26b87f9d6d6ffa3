import Articles
import TextCore

/// A divergence before ids are given: its kind, fact, slot, readings and evidence.
struct FoundDivergence {
  /// One side of a divergence, with what sorts it.
  struct Side: Hashable {
    var article: Int
    var sentences: [Int]
    var text: String
    var normalized: String
    var utf8Range: Range<Int>
  }

  var kind: ComparisonReport.DivergenceKind
  var fact: Int?
  var slot: String
  var sides: [Side]
  /// The runs of units whose similarity is the evidence.
  var evidence: (first: [Int], second: [Int])
  var note: String?
}

extension StoryIndex {
  /// The divergences inside facts, then between related claims outside facts.
  func divergences(in alignment: Alignment) -> [FoundDivergence] {
    var found = [FoundDivergence]()
    for (factIndex, members) in alignment.groups.enumerated() {
      let runs = runsByArticle(members)
      let readers = runs.map { Reader(index: self, run: $0) }
      var merged = [String: Int]()
      for (offset, first) in readers.enumerated() {
        for second in readers[(offset + 1)...] {
          for divergence in compare(first, second, fact: factIndex) {
            let key = "\(divergence.kind.rawValue)\u{1F}\(divergence.slot)"
            if let existing = merged[key] {
              for side in divergence.sides where !found[existing].sides.contains(side) {
                found[existing].sides.append(side)
              }
            } else {
              merged[key] = found.count
              found.append(divergence)
            }
          }
        }
      }
    }
    found += relatedDivergences(alignment)
    return found
  }

  /// The units of a fact grouped by article, in article order.
  func runsByArticle(_ members: [Int]) -> [[Int]] {
    var runs = [Int: [Int]]()
    for member in members { runs[units[member].article, default: []].append(member) }
    return runs.keys.sorted().compactMap { runs[$0] }
  }

  /// Numbers and dates of claims that share their subject but sit in no common fact: for each
  /// unaligned claim, its best related claim in each other article.
  private func relatedDivergences(_ alignment: Alignment) -> [FoundDivergence] {
    var best = [Int: (key: Int, score: Double)]()
    for (key, score) in candidateScores where score >= options.relatedScore {
      let (first, second) = units(of: key)
      // At least one claim is unaligned, so the two are in no common fact.
      guard alignment.groupOf[first] == nil || alignment.groupOf[second] == nil else { continue }
      let shared = similarity(units[first].anchors, units[second].anchors).shared
      guard shared.contains(where: { [.entity, .token].contains(anchorTable[$0].kind) }) else {
        continue
      }
      for (unit, other) in [(first, second), (second, first)] where alignment.groupOf[unit] == nil {
        let slot = unit * articles.count + units[other].article
        if let current = best[slot],
          current.score > score || (current.score == score && current.key < key)
        {
          continue
        }
        best[slot] = (key, score)
      }
    }
    let keys = Set(best.values.map(\.key)).sorted()
    var found = [FoundDivergence]()
    for key in keys {
      let (first, second) = units(of: key)
      let (lower, upper) =
        units[first].article < units[second].article ? (first, second) : (second, first)
      let left = Reader(index: self, run: [lower])
      let right = Reader(index: self, run: [upper])
      found += compare(left, right, fact: nil).filter {
        [.number, .date, .qualifier].contains($0.kind)
      }
    }
    return found
  }

  /// The divergences between two runs of claims from different articles.
  private func compare(_ left: Reader, _ right: Reader, fact: Int?) -> [FoundDivergence] {
    var found = [FoundDivergence]()
    func add(
      _ kind: ComparisonReport.DivergenceKind,
      _ slot: String,
      _ sides: [FoundDivergence.Side],
      note: String? = nil
    ) {
      found.append(
        FoundDivergence(
          kind: kind,
          fact: fact,
          slot: slot,
          sides: sides,
          evidence: (left.run, right.run),
          note: note ?? publicationNote(left.article, right.article)
        )
      )
    }
    let agreement = fact == nil ? 0 : agreementScore(left.run, right.run)
    compareQuantities(left, right, agreement: agreement, add: { add($0, $1, $2) })
    compareDates(left, right, add: { add(.date, "date", $0, note: $1) })
    compareEntities(left, right, agreement: agreement, add: { add(.entity, $0, $1) })
    compareQuotes(left, right, add: { add($0, $1, $2) })
    return found
  }

  /// How strongly two runs of one fact agree: their similarity, with the order bonus when each
  /// run is one claim (as the fact's evidence counts it).
  private func agreementScore(_ left: [Int], _ right: [Int]) -> Double {
    if left.count == 1, right.count == 1, let one = left.first, let two = right.first {
      return linkScore(one, two)
    }
    return similarity(anchors(of: left), anchors(of: right)).score
  }

  /// A note when two articles were published on different dates (a tally may have changed).
  private func publicationNote(_ first: Int, _ second: Int) -> String? {
    guard let one = articles[first].published, let two = articles[second].published, one != two
    else { return nil }
    return "published on different dates (\(one), \(two)): the figure may have changed"
  }

  // MARK: Slots

  private func compareQuantities(
    _ left: Reader,
    _ right: Reader,
    agreement: Double,
    add: (ComparisonReport.DivergenceKind, String, [FoundDivergence.Side]) -> Void
  ) {
    var leftRest = [Reader.Quantity]()
    var rightRest = [Reader.Quantity]()
    let units = Set(left.quantities.map(\.unitKey)).union(right.quantities.map(\.unitKey))
    for unit in units.sorted() {
      var leftOfUnit = left.quantities.filter { $0.unitKey == unit }
      var rightOfUnit = right.quantities.filter { $0.unitKey == unit }
      var index = 0
      while index < leftOfUnit.count {
        let quantity = leftOfUnit[index]
        if let match = rightOfUnit.firstIndex(where: { $0.amount == quantity.amount }) {
          let other = rightOfUnit.remove(at: match)
          leftOfUnit.remove(at: index)
          if Self.qualifiersDiverge(quantity.mention.qualifier, other.mention.qualifier) {
            add(
              .qualifier,
              unit,
              [
                left.side(quantity, normalized: Self.qualified(quantity.mention)),
                right.side(other, normalized: Self.qualified(other.mention)),
              ]
            )
          }
        } else {
          index += 1
        }
      }
      leftRest += leftOfUnit
      rightRest += rightOfUnit
    }
    // A value one side gives with its unit and the other without (`50 km`, `50`) is the same
    // value; a bare number that is part of a date on either side (`November 16` read as 16)
    // is that date.
    let dateParts = left.dateParts.union(right.dateParts)
    Self.dropSameValues(&leftRest, &rightRest)
    leftRest.removeAll { $0.unitKey.isEmpty && dateParts.contains($0.amount) }
    rightRest.removeAll { $0.unitKey.isEmpty && dateParts.contains($0.amount) }
    // Only a one-for-one substitution is a divergence; a value one side lacks is an omission.
    for unit in Set(leftRest.map(\.unitKey)).intersection(rightRest.map(\.unitKey)).sorted()
    where !unit.isEmpty {
      let one = leftRest.filter { $0.unitKey == unit }
      let two = rightRest.filter { $0.unitKey == unit }
      guard one.count == two.count else { continue }
      for (first, second) in zip(one, two) {
        add(.number, unit, [left.side(first), right.side(second)])
      }
    }
    // Bare numbers (no unit) say nothing about what they count, and on parallel text they
    // were the main source of false divergences. One is compared only when it is the single
    // bare number in digits left on each side, neither reads as a year, and the rest of the two claims
    // agree strongly (`agreement`, see `StoryComparer.Options.numberAgreementScore`): then the
    // two numbers fill the same slot of the same statement.
    let leftBare = leftRest.filter { $0.unitKey.isEmpty && Self.isComparableBareNumber($0) }
    let rightBare = rightRest.filter { $0.unitKey.isEmpty && Self.isComparableBareNumber($0) }
    if leftBare.contains(where: \.isClockTime) || rightBare.contains(where: \.isClockTime) {
      return
    }
    guard agreement >= options.numberAgreementScore, leftBare.count == 1, rightBare.count == 1,
      let one = leftBare.first, let two = rightBare.first,
      !Self.differByScale(one.amount, two.amount)
    else { return }
    add(.number, "", [left.side(one), right.side(two)])
  }

  /// Removes the quantities of one side whose value the other side gives in another unit or
  /// without one, one for one.
  private static func dropSameValues(
    _ left: inout [Reader.Quantity],
    _ right: inout [Reader.Quantity]
  ) {
    var index = 0
    while index < left.count {
      let quantity = left[index]
      if let match = right.firstIndex(where: {
        $0.amount == quantity.amount && ($0.unitKey.isEmpty || quantity.unitKey.isEmpty)
      }) {
        right.remove(at: match)
        left.remove(at: index)
      } else {
        index += 1
      }
    }
  }

  /// Whether a bare number may be compared: written in digits (a spelled-out `un`, `one` is as
  /// often an article or a pronoun as a count, and translators spell small numbers either
  /// way), and not a whole number that reads as a year (1000-2999), which dates compare.
  static func isComparableBareNumber(_ quantity: Reader.Quantity) -> Bool {
    guard quantity.mention.text.unicodeScalars.contains(where: { Anchor.isDigit($0) }) else {
      return false
    }
    guard quantity.amount.count == 4, let value = Int(quantity.amount) else { return true }
    return !(1_000...2_999).contains(value)
  }

  /// Whether two amounts have the same digits at a different scale (`5.69 million` read as
  /// 5690000 on one side, `5,69` with `millions` left unread on the other).
  static func differByScale(_ first: String, _ second: String) -> Bool {
    func digits(_ amount: String) -> String {
      let kept = amount.filter { $0 != "." && $0 != "-" }.drop { $0 == "0" }
      return String(kept.reversed().drop { $0 == "0" }.reversed())
    }
    let one = digits(first)
    return !one.isEmpty && one == digits(second)
  }

  /// Whether two hedges of one value disagree.
  ///
  /// Hedges fall into three classes that translations move within: about (none, `about`,
  /// `nearly`), above (`more than`, `at least`: `以上` reads as either) and below (`less than`,
  /// `at most`, `up to`). Only two stated hedges of different classes diverge; a hedge one
  /// side leaves out is an omission, not a disagreement.
  static func qualifiersDiverge(
    _ first: QuantityMention.Qualifier?,
    _ second: QuantityMention.Qualifier?
  ) -> Bool {
    guard let first, let second else { return false }
    func hedgeClass(_ qualifier: QuantityMention.Qualifier) -> Int {
      switch qualifier {
      case .approximate, .nearly: 0
      case .moreThan, .atLeast: 1
      case .lessThan, .atMost, .upTo: 2
      }
    }
    return hedgeClass(first) != hedgeClass(second)
  }

  static func qualified(_ quantity: QuantityMention) -> String {
    "\(quantity.qualifier?.rawValue ?? "exact") \(NormalizedValues.quantity(quantity))"
  }

  private func compareDates(
    _ left: Reader,
    _ right: Reader,
    add: ([FoundDivergence.Side], String?) -> Void
  ) {
    var leftRest = left.dates
    var rightRest = right.dates
    var index = 0
    while index < leftRest.count {
      let date = leftRest[index]
      if let match = rightRest.firstIndex(where: {
        NormalizedValues.datesAgree(date.mention.value, $0.mention.value)
      }) {
        rightRest.remove(at: match)
        leftRest.remove(at: index)
      } else {
        index += 1
      }
    }
    guard !leftRest.isEmpty, leftRest.count == rightRest.count else { return }
    for (one, two) in zip(leftRest, rightRest) {
      // Only dates written at the same precision (a time counts as a day) are one slot.
      guard min(one.depth, 3) == min(two.depth, 3) else { continue }
      let relative = [one, two].filter(\.mention.isRelative).map { "'\($0.mention.text)'" }
      let note =
        relative.isEmpty
        ? nil
        : "\(relative.joined(separator: " and ")) resolved against the publication date"
      add(
        [
          left.side(one, normalized: one.mention.value),
          right.side(two, normalized: two.mention.value),
        ],
        note
      )
    }
  }

  private func compareEntities(
    _ left: Reader,
    _ right: Reader,
    agreement: Double,
    add: (String, [FoundDivergence.Side]) -> Void
  ) {
    // The two claims must otherwise say the same thing for a different name to fill the same
    // slot (`StoryComparer.Options.entityAgreementScore`).
    guard agreement >= options.entityAgreementScore else { return }
    let leftNames = Set(left.entities.map(\.mention.canonical))
    let rightNames = Set(right.entities.map(\.mention.canonical))
    for kind in EntityMention.Kind.allCases {
      // Only names linked exactly: a name kept as written (`Hammel`, `ゴードン・ジョンドロー` as
      // `Godon Jondoro`) may be the other side's name spelled differently, and approximate
      // links go wrong (`セリーオーク` as Sark); on parallel text those made nearly every false
      // entity divergence.
      // A name inside a quote's speaker phrase (`a Japanese government official`) fills the
      // speaker slot, which the attribution rule compares; it is not the claim's subject.
      let leftOnly = Self.firstMentions(
        left.entities.filter {
          $0.mention.isExactlyLinked && $0.mention.kind == kind
            && !rightNames.contains($0.mention.canonical) && !left.isInSpeakerPhrase($0)
        }
      )
      let rightOnly = Self.firstMentions(
        right.entities.filter {
          $0.mention.isExactlyLinked && $0.mention.kind == kind
            && !leftNames.contains($0.mention.canonical) && !right.isInSpeakerPhrase($0)
        }
      )
      // One linked entity swapped for one other of the same kind. A name only one side gives
      // is an omission, not a divergence.
      guard leftOnly.count == 1, rightOnly.count == 1, let one = leftOnly.first,
        let two = rightOnly.first,
        !Self.isNarrowing(one.mention.canonical, two.mention.canonical)
      else { continue }
      add(
        kind.rawValue,
        [
          left.side(one, normalized: one.mention.canonical),
          right.side(two, normalized: two.mention.canonical),
        ]
      )
    }
  }

  /// Whether one name is the other made more specific (`Europe`, `Western Europe`): the
  /// words of one contain those of the other.
  static func isNarrowing(_ first: String, _ second: String) -> Bool {
    func words(_ name: String) -> Set<String> {
      Set(name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
    let one = words(first)
    let two = words(second)
    return !one.isEmpty && !two.isEmpty && (one.isSubset(of: two) || two.isSubset(of: one))
  }

  private static func firstMentions(
    _ entities: [Reader.Located<EntityMention>]
  ) -> [Reader.Located<EntityMention>] {
    var seen = Set<String>()
    return entities.filter { seen.insert($0.mention.canonical).inserted }
  }

  private func compareQuotes(
    _ left: Reader,
    _ right: Reader,
    add: (ComparisonReport.DivergenceKind, String, [FoundDivergence.Side]) -> Void
  ) {
    let sameLanguage = articles[left.article].language == articles[right.article].language
    func speaker(_ quote: QuoteMention) -> String? {
      if let canonical = quote.speakerCanonical, !canonical.isEmpty { return canonical }
      guard sameLanguage, let written = quote.speaker else { return nil }
      return (try? TextNormalizer.key(written)) ?? written
    }
    let leftSpeakers = Set(left.quotes.compactMap { speaker($0.mention) })
    let rightSpeakers = Set(right.quotes.compactMap { speaker($0.mention) })
    if !leftSpeakers.isEmpty, !rightSpeakers.isEmpty, leftSpeakers.isDisjoint(with: rightSpeakers),
      let one = left.quotes.first(where: { speaker($0.mention) != nil }),
      let two = right.quotes.first(where: { speaker($0.mention) != nil })
    {
      add(
        .attribution,
        "speaker",
        [
          left.side(one, text: one.mention.speaker ?? "", normalized: speaker(one.mention) ?? ""),
          right.side(two, text: two.mention.speaker ?? "", normalized: speaker(two.mention) ?? ""),
        ]
      )
    }
    guard sameLanguage else { return }
    for one in left.quotes {
      for two in right.quotes where speaker(one.mention) == speaker(two.mention) {
        let overlap = Self.wordingOverlap(one.mention.text, two.mention.text)
        // Below 0.3 the quotes are different statements; above 0.9 a matter of punctuation.
        if overlap >= 0.3 && overlap < 0.9 {
          add(
            .quote,
            "quote",
            [
              left.side(one, normalized: one.mention.text),
              right.side(two, normalized: two.mention.text),
            ]
          )
        }
      }
    }
  }

  /// The Jaccard overlap of two quotes' words (Latin script) or character pairs (Japanese).
  static func wordingOverlap(_ first: String, _ second: String) -> Double {
    func grams(_ text: String) -> Set<String> {
      let key = (try? TextNormalizer.key(text)) ?? text.lowercased()
      let words = key.split { !$0.isLetter && !$0.isNumber }.map(String.init)
      if words.count > 1 || key.unicodeScalars.allSatisfy({ $0.value < 0x3000 }) {
        return Set(words)
      }
      let characters = Array(key.filter { $0.isLetter || $0.isNumber })
      guard characters.count > 1 else { return Set(characters.map(String.init)) }
      return Set((1..<characters.count).map { String(characters[$0 - 1]) + String(characters[$0]) })
    }
    let one = grams(first)
    let two = grams(second)
    let union = one.union(two).count
    return union == 0 ? 1 : Double(one.intersection(two).count) / Double(union)
  }
}

/// The mentions of a run of claims, with the sentence each comes from.
struct Reader {
  /// A mention and the claim it belongs to.
  struct Located<Mention> {
    var mention: Mention
    var sentence: Int
    var position: Int
  }

  /// A quantity with its comparison keys.
  struct Quantity {
    var mention: QuantityMention
    var sentence: Int
    var position: Int
    var unitKey: String
    var amount: String
    /// Whether the number is an hour of the clock (`3 p.m.`, `15 h`, `午後3時`, `11:35`) that
    /// the extractor did not read as a time: 12- and 24-hour forms differ in value.
    var isClockTime = false
  }

  /// A date with the depth of its value.
  struct DateValue {
    var mention: DateMention
    var sentence: Int
    var position: Int
    var depth: Int
  }

  let article: Int
  let run: [Int]
  let sentences: [Int]
  var quantities: [Quantity] = []
  var dates: [DateValue] = []
  var entities: [Located<EntityMention>] = []
  var quotes: [Located<QuoteMention>] = []
  /// The year, month, day, hour and minute of every date, as plain decimals (`2024`, `5`).
  var dateParts = Set<String>()

  init(index: StoryIndex, run: [Int]) {
    article = run.first.map { index.units[$0].article } ?? 0
    self.run = run
    sentences = run.map { index.units[$0].claim.sentence }.sorted()
    for unit in run {
      let claim = index.units[unit].claim
      let years = Set(claim.dates.compactMap { NormalizedValues.ISODate($0.value)?.year })
      for quantity in claim.quantities {
        let unitKey = quantity.unit ?? ""
        let amount = NormalizedValues.amountKey(quantity)
        // A bare number that is the year of one of the claim's dates is that date.
        if unitKey.isEmpty, let year = Int(amount), years.contains(year) { continue }
        quantities.append(
          Quantity(
            mention: quantity,
            sentence: claim.sentence,
            position: quantity.utf8Range.lowerBound,
            unitKey: unitKey,
            amount: amount,
            isClockTime: unitKey.isEmpty && Self.isClockTime(quantity.utf8Range, in: claim)
          )
        )
      }
      for date in claim.dates {
        if let value = NormalizedValues.ISODate(date.value) {
          let parts = [value.year, value.month, value.day, value.minute.map { $0 / 60 }]
          dateParts.formUnion(parts.compactMap { $0 }.map(String.init))
          if let minute = value.minute, minute % 60 != 0 { dateParts.insert(String(minute % 60)) }
        }
        dates.append(
          DateValue(
            mention: date,
            sentence: claim.sentence,
            position: date.utf8Range.lowerBound,
            depth: NormalizedValues.ISODate(date.value)?.depth ?? 0
          )
        )
      }
      entities += claim.entities.map {
        Located(mention: $0, sentence: claim.sentence, position: $0.utf8Range.lowerBound)
      }
      quotes += claim.quotes.map {
        Located(mention: $0, sentence: claim.sentence, position: $0.utf8Range.lowerBound)
      }
    }
    quantities.sort { $0.position < $1.position }
    dates.sort { $0.position < $1.position }
  }

  /// Whether an entity is written inside the speaker phrase of a quote in its sentence.
  func isInSpeakerPhrase(_ entity: Located<EntityMention>) -> Bool {
    quotes.contains { quote in
      quote.sentence == entity.sentence
        && (quote.mention.speaker?.contains(entity.mention.text) ?? false)
    }
  }

  /// Whether the text right around a number marks it as an hour: `h`, `:`, `a.m.`/`p.m.` or
  /// `時` after it, `午前`/`午後` before it.
  static func isClockTime(_ range: Range<Int>, in claim: Claim) -> Bool {
    let bytes = Array(claim.text.utf8)
    let start = range.lowerBound - claim.utf8Range.lowerBound
    let end = range.upperBound - claim.utf8Range.lowerBound
    guard start >= 0, end <= bytes.count, start <= end else { return false }
    let after = String(decoding: bytes[end..<min(bytes.count, end + 6)], as: UTF8.self)
      .lowercased()
    let before = String(decoding: bytes[max(0, start - 6)..<start], as: UTF8.self)
    let trimmed = after.drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
    if after.hasPrefix(":") || after.hasPrefix("時") || before.hasSuffix("午前")
      || before.hasSuffix("午後")
    {
      return true
    }
    if trimmed.hasPrefix("a.m") || trimmed.hasPrefix("p.m") || trimmed.hasPrefix("am")
      || trimmed.hasPrefix("pm")
    {
      return true
    }
    // `15 h`, `15h30`, `15 h 00`: an `h` that does not begin a word.
    guard trimmed.first == "h" else { return false }
    let next = trimmed.dropFirst().first
    return next == nil || !(next?.isLetter ?? false)
  }

  func side(_ quantity: Quantity) -> FoundDivergence.Side {
    side(quantity, normalized: NormalizedValues.quantity(quantity.mention))
  }

  func side(_ quantity: Quantity, normalized: String) -> FoundDivergence.Side {
    FoundDivergence.Side(
      article: article,
      sentences: sentences,
      text: quantity.mention.text,
      normalized: normalized,
      utf8Range: quantity.mention.utf8Range
    )
  }

  func side(_ date: DateValue, normalized: String) -> FoundDivergence.Side {
    FoundDivergence.Side(
      article: article,
      sentences: sentences,
      text: date.mention.text,
      normalized: normalized,
      utf8Range: date.mention.utf8Range
    )
  }

  func side(_ entity: Located<EntityMention>, normalized: String) -> FoundDivergence.Side {
    FoundDivergence.Side(
      article: article,
      sentences: sentences,
      text: entity.mention.text,
      normalized: normalized,
      utf8Range: entity.mention.utf8Range
    )
  }

  func side(
    _ quote: Located<QuoteMention>,
    text: String? = nil,
    normalized: String
  ) -> FoundDivergence.Side {
    FoundDivergence.Side(
      article: article,
      sentences: sentences,
      text: text ?? quote.mention.text,
      normalized: normalized,
      utf8Range: quote.mention.utf8Range
    )
  }
}
