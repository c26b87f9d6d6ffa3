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
    // Claims outside a fact never agree strongly enough for a bare number or a name to fill
    // the same slot.
    let agreement: (Set<Int>) -> Double = { excluded in
      fact == nil ? 0 : self.agreementScore(left.run, right.run, excluding: excluded)
    }
    compareQuantities(left, right, agreement: agreement, add: { add($0, $1, $2) })
    compareDates(left, right, add: { add(.date, "date", $0, note: $1) })
    compareEntities(left, right, agreement: agreement, add: { add(.entity, $0, $1) })
    compareQuotes(left, right, add: { add($0, $1, $2) })
    return found
  }

  /// How strongly two runs of one fact agree: their similarity, with the order bonus when each
  /// run is one claim (as the fact's evidence counts it).
  ///
  /// `excluded` names the anchors of the values being compared (the two numbers, the two
  /// names): the question is whether the rest of the two claims says the same thing, and a
  /// swapped name that carried most of a short claim's weight would otherwise hide that.
  private func agreementScore(_ left: [Int], _ right: [Int], excluding excluded: Set<Int>) -> Double
  {
    var bonus = 0.0
    if left.count == 1, right.count == 1, let one = left.first, let two = right.first {
      if excluded.isEmpty { return linkScore(one, two) }
      bonus = bonuses[pairKey(one, two)] ?? 0
    }
    let one = anchors(of: left).filter { !excluded.contains($0) }
    let two = anchors(of: right).filter { !excluded.contains($0) }
    return similarity(one, two).score + bonus
  }

  /// The ids of the anchors a quantity gives its claim: its value with its unit and, for a
  /// count, its bare amount (see `Anchor.anchors(of:)`).
  private func anchorIDs(of quantity: Reader.Quantity) -> [Int] {
    let values = [
      NormalizedValues.quantity(quantity.mention), NormalizedValues.amountKey(quantity.mention),
    ]
    return Set(values).compactMap { anchorIDs[Anchor(kind: .number, value: $0)] }.sorted()
  }

  /// The ids of the anchors an entity gives its claim (its canonical name).
  private func anchorIDs(of entity: Reader.Located<EntityMention>) -> [Int] {
    anchorIDs[Anchor(kind: .entity, value: entity.mention.canonical)].map { [$0] } ?? []
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
    agreement: (Set<Int>) -> Double,
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
    var paired = Set<String>()
    for unit in Set(leftRest.map(\.unitKey)).intersection(rightRest.map(\.unitKey)).sorted()
    where !unit.isEmpty {
      let one = leftRest.filter { $0.unitKey == unit }
      let two = rightRest.filter { $0.unitKey == unit }
      guard one.count == two.count else { continue }
      paired.insert(unit)
      for (first, second) in zip(one, two) where !Self.isWithinRange(first, second) {
        add(.number, unit, [left.side(first), right.side(second)])
      }
    }
    // A bare number (no unit) says nothing about what it counts, and on parallel text bare
    // numbers were the main source of false divergences. What is left on each side (bare
    // numbers that may be compared, and values with a unit the other side does not give) is
    // compared only when it is a single value on each side (or the one of the same size among
    // two or three, `singleSlot`), at most one of the two has a unit, hours differ modulo 12,
    // and the rest of the two claims agree strongly (`agreement` without the two values, see
    // `StoryComparer.Options.numberAgreementScore`): then the two numbers fill the same slot of
    // the same statement (`three people` and `6人`, `deux capteurs` and `5台`).
    // The minutes of clock times (`8:30`, `20 h 38`, `8時38分`) fill their own slot.
    let leftOpen = leftRest.filter { Self.isOpen($0, paired: paired) }
    let rightOpen = rightRest.filter { Self.isOpen($0, paired: paired) }
    for minutes in [true, false] {
      let ones = leftOpen.filter { $0.isClockMinute == minutes }
      let twos = rightOpen.filter { $0.isClockMinute == minutes }
      guard let (one, two) = Self.singleSlot(ones, twos) else { continue }
      let excluded = Set(anchorIDs(of: one) + anchorIDs(of: two))
      guard agreement(excluded) >= options.numberAgreementScore else { continue }
      add(
        .number,
        one.unitKey.isEmpty ? two.unitKey : one.unitKey,
        [left.side(one), right.side(two)]
      )
    }
  }

  /// The one pair of values left over that fill the same slot, if there is one.
  ///
  /// A single value on each side that `mayFillOneSlot`; or a single value on one side and,
  /// among up to three on the other, the only one that may fill its slot and lies within a
  /// factor of two of it (`20` against `3人` and `26`): a figure reported differently is
  /// most often of the same size, and the others are the other side's own details.
  static func singleSlot(
    _ left: [Reader.Quantity],
    _ right: [Reader.Quantity]
  ) -> (Reader.Quantity, Reader.Quantity)? {
    if left.count == 1, right.count == 1, let one = left.first, let two = right.first {
      return mayFillOneSlot(one, two) ? (one, two) : nil
    }
    func near(_ one: Reader.Quantity, _ two: Reader.Quantity) -> Bool {
      guard let first = Double(one.amount), let second = Double(two.amount), first > 0,
        second > 0
      else { return false }
      return max(first, second) <= 2 * min(first, second)
    }
    if left.count == 1, (2...3).contains(right.count), let one = left.first {
      let fitting = right.filter { mayFillOneSlot(one, $0) && near(one, $0) }
      return fitting.count == 1 ? fitting.first.map { (one, $0) } : nil
    }
    if right.count == 1, (2...3).contains(left.count), let two = right.first {
      let fitting = left.filter { mayFillOneSlot($0, two) && near($0, two) }
      return fitting.count == 1 ? fitting.first.map { ($0, two) } : nil
    }
    return nil
  }

  /// Whether two different values left over on each side may be one slot filled differently.
  ///
  /// At most one has a unit, and then a unit that counts (`countUnits`). An hour of the clock
  /// on either side is compared modulo 12 (`8 p.m.`, `20 h` and `午後8時` agree; `10:00am` and
  /// `13 heures` do not). Two amounts with the same digits at different scales are one value
  /// read twice.
  private static func mayFillOneSlot(_ one: Reader.Quantity, _ two: Reader.Quantity) -> Bool {
    let units =
      one.unitKey.isEmpty
      ? two.unitKey.isEmpty || countUnits.contains(two.unitKey)
      : two.unitKey.isEmpty && countUnits.contains(one.unitKey)
    guard units, !differByScale(one.amount, two.amount), !isWithinRange(one, two) else {
      return false
    }
    if one.isClockTime || two.isClockTime, !one.isClockMinute {
      guard let first = Double(one.amount), let second = Double(two.amount),
        first == first.rounded(), second == second.rounded()
      else { return false }
      return Int(first) % 12 != Int(second) % 12
    }
    return true
  }

  /// Whether one value is a range that holds the other, a single value.
  ///
  /// That is the same figure told more or less precisely (`1～3` and `three`, `7～8人` and
  /// `eight people`, the score `2-1` and `2`), not another figure. On unchanged FLORES and
  /// NTREX documents these were a third of the false number divergences.
  static func isWithinRange(_ one: Reader.Quantity, _ two: Reader.Quantity) -> Bool {
    func number(_ text: String) -> Double? { Double(NormalizedValues.decimal(text) ?? text) }
    func holds(_ range: QuantityMention, _ single: QuantityMention) -> Bool {
      guard let upperText = range.upperValue, single.upperValue == nil,
        let low = number(range.value), let high = number(upperText),
        let value = number(single.value)
      else { return false }
      return min(low, high) <= value && value <= max(low, high)
    }
    return holds(one.mention, two.mention) || holds(two.mention, one.mention)
  }

  /// Whether a quantity left unpaired may fill a slot the other side fills with another value:
  /// a bare number that may be compared, or a value written with digits or spelled out as a
  /// count (`three people`, not `a second`) whose unit was not paired unit for unit.
  private static func isOpen(_ quantity: Reader.Quantity, paired: Set<String>) -> Bool {
    quantity.unitKey.isEmpty
      ? isComparableBareNumber(quantity)
      : !paired.contains(quantity.unitKey) && isComparableValue(quantity)
  }

  /// The units that count things (`6人`, `three people`, `5 pays`): a count on one side may be
  /// written as a bare number on the other (`trois morts`), where a measure (`550 pounds`
  /// against `250`) is most often the same value converted to a unit the extractor does not
  /// read.
  static let countUnits: Set<String> = [
    "aircraft", "case", "country", "item", "member", "person", "ship", "soldier",
  ]

  /// Whether a value is written with digits, or spelled out as a whole number from 2 to 99
  /// (`deux`, `twenty-six`): a spelled-out `un`, `one`, `a` is as often an article or a
  /// pronoun as a count, and a larger spelled-out value is most often two number words read
  /// as one (`three one` as 301).
  static func isComparableValue(_ quantity: Reader.Quantity) -> Bool {
    if quantity.mention.text.unicodeScalars.contains(where: { Anchor.isDigit($0) }) { return true }
    guard let value = Int(quantity.amount) else { return false }
    return (2...99).contains(value)
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

  /// Whether a bare number may be compared (`isComparableValue`), is not 1 and is not a whole
  /// number that reads as a year (1000-2999), which dates compare.
  static func isComparableBareNumber(_ quantity: Reader.Quantity) -> Bool {
    // A bare 1 is most often `one of`, `1つは` (the first of several), not a count.
    guard isComparableValue(quantity), quantity.amount != "1" else { return false }
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
    agreement: (Set<Int>) -> Double,
    add: (String, [FoundDivergence.Side]) -> Void
  ) {
    let leftNames = Set(left.entities.map(\.mention.canonical))
    let rightNames = Set(right.entities.map(\.mention.canonical))
    for kind in EntityMention.Kind.allCases {
      // Names linked exactly: a name kept as written (`Hammel`, `ゴードン・ジョンドロー` as
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
      // With one such name on one side and two or three on the other, the other side's names
      // that its article never names anywhere are the candidates (the others are the
      // translation's own context: `San Francisco` next to `英国` where the original has
      // `United States` alone); one candidate left is the swap.
      let leftCandidates =
        rightOnly.count == 1 && (2...3).contains(leftOnly.count)
        ? leftOnly.filter { !articleNames[right.article].contains($0.mention.canonical) }
        : leftOnly
      let rightCandidates =
        leftOnly.count == 1 && (2...3).contains(rightOnly.count)
        ? rightOnly.filter { !articleNames[left.article].contains($0.mention.canonical) }
        : rightOnly
      var candidates = (left: leftCandidates, right: rightCandidates)
      // Names found by elimination (several on one side, or a repeated name) are weaker
      // evidence of a swap, so the rest of the claims must agree twice as strongly.
      var needed = options.entityAgreementScore
      if leftCandidates.count != leftOnly.count || rightCandidates.count != rightOnly.count {
        needed = 2 * options.entityAgreementScore
      }
      // A name one side repeats more often than the other, against a new name on the other
      // side that its article never names, with as many names of the kind on each side: the
      // repeated name's other mention was swapped (`Australia … Australia` against
      // `Bruxelles … Australie`; not `Japan-France … Japan-France` against one `Japan`).
      let sameCount = Self.mentionCount(left, kind) == Self.mentionCount(right, kind)
      if sameCount, leftCandidates.isEmpty, rightCandidates.count == 1,
        let two = rightCandidates.first,
        !articleNames[left.article].contains(two.mention.canonical)
      {
        candidates.left = Self.surplus(of: left, over: right, kind: kind, near: two)
        if !candidates.left.isEmpty { needed = 2 * options.entityAgreementScore }
      } else if sameCount, rightCandidates.isEmpty, leftCandidates.count == 1,
        let one = leftCandidates.first,
        !articleNames[right.article].contains(one.mention.canonical)
      {
        candidates.right = Self.surplus(of: right, over: left, kind: kind, near: one)
        if !candidates.right.isEmpty { needed = 2 * options.entityAgreementScore }
      }
      // A person or place the lexicon did not link exactly (`Mrs. Kirchner`, `Paro` read as
      // Palau) against a known name of the same kind on the other side, when it cannot be a
      // spelling of that name.
      if kind != .other, candidates.left.isEmpty, candidates.right.count == 1,
        let two = candidates.right.first,
        let one = Self.unlinkedCounterpart(in: left, against: two, leaving: rightNames)
      {
        candidates.left = [one]
      } else if kind != .other, candidates.right.isEmpty, candidates.left.count == 1,
        let one = candidates.left.first,
        let two = Self.unlinkedCounterpart(in: right, against: one, leaving: leftNames)
      {
        candidates.right = [two]
      }
      guard candidates.left.count == 1, candidates.right.count == 1,
        let one = candidates.left.first, let two = candidates.right.first
      else { continue }
      guard !Self.isNarrowing(one.mention.canonical, two.mention.canonical),
        !relations.isSeat(one.mention.canonical, of: two.mention.canonical)
      else { continue }
      // The rest of the two claims must say the same thing for a different name to fill the
      // same slot (`StoryComparer.Options.entityAgreementScore`).
      let excluded = Set(anchorIDs(of: one) + anchorIDs(of: two))
      guard agreement(excluded) >= needed else { continue }
      add(
        kind.rawValue,
        [
          left.side(one, normalized: one.mention.canonical),
          right.side(two, normalized: two.mention.canonical),
        ]
      )
    }
  }

  /// The one name of `reader` of `linked`'s kind that the lexicon did not link exactly,
  /// written in Latin script, not named by the other side (`names`) and not possibly a
  /// spelling of `linked`'s name; `nil` when there is none or more than one.
  private static func unlinkedCounterpart(
    in reader: Reader,
    against linked: Reader.Located<EntityMention>,
    leaving names: Set<String>
  ) -> Reader.Located<EntityMention>? {
    let candidates = firstMentions(
      reader.entities.filter {
        !$0.mention.isExactlyLinked && $0.mention.kind == linked.mention.kind
          && !names.contains($0.mention.canonical) && !reader.isInSpeakerPhrase($0)
          && isLatin($0.mention.text)
      }
    )
    guard candidates.count == 1, let candidate = candidates.first,
      !maySpell(candidate.mention.text, linked.mention)
    else { return nil }
    return candidate
  }

  /// Whether every letter of a text is Latin (or Greek or Cyrillic): such names are compared
  /// by their words, while a Japanese name the lexicon does not know may be any name.
  static func isLatin(_ text: String) -> Bool {
    text.unicodeScalars.allSatisfy { !$0.properties.isAlphabetic || $0.value < 0x0530 }
  }

  /// Whether `written` may name the entity of `mention`: a word of one begins with the first
  /// four letters (or the whole) of a word of the other, comparison keys compared (`Hu` and
  /// `Hu Jintao`, `Kirchner` and `Cristina Fernández de Kirchner`).
  static func maySpell(_ written: String, _ mention: EntityMention) -> Bool {
    func words(_ text: String) -> [String] {
      let key = (try? TextNormalizer.key(text)) ?? text.lowercased()
      return key.split { !$0.isLetter && !$0.isNumber }.map(String.init)
    }
    let names = words(mention.canonical) + words(mention.text)
    return words(written).contains { word in
      names.contains { name in
        let length = min(4, word.count, name.count)
        return length > 0 && word.prefix(length) == name.prefix(length)
      }
    }
  }

  /// How many mentions of names of `kind`, linked exactly and outside speaker phrases, a
  /// reader holds.
  private static func mentionCount(_ reader: Reader, _ kind: EntityMention.Kind) -> Int {
    reader.entities.filter {
      $0.mention.isExactlyLinked && $0.mention.kind == kind && !reader.isInSpeakerPhrase($0)
    }.count
  }

  /// The names of `kind` (linked exactly, outside speaker phrases) that `reader` mentions more
  /// often than `other` does, each by its mention nearest to where `swapped` stands in its
  /// claim, and only when that is within a quarter of the claim's length: a swapped mention
  /// keeps its place in the sentence, where a name the translation repeats (`Japan-France
  /// cooperation … the Japan-France agreement`) is elsewhere.
  private static func surplus(
    of reader: Reader,
    over other: Reader,
    kind: EntityMention.Kind,
    near swapped: Reader.Located<EntityMention>
  ) -> [Reader.Located<EntityMention>] {
    var otherCounts = [String: Int]()
    for entity in other.entities { otherCounts[entity.mention.canonical, default: 0] += 1 }
    var mentions = [String: [Reader.Located<EntityMention>]]()
    for entity in reader.entities
    where entity.mention.isExactlyLinked && entity.mention.kind == kind
      && !reader.isInSpeakerPhrase(entity)
    {
      mentions[entity.mention.canonical, default: []].append(entity)
    }
    var result = [Reader.Located<EntityMention>]()
    for canonical in mentions.keys.sorted() {
      guard let all = mentions[canonical], let count = otherCounts[canonical], all.count > count,
        let nearest = all.min(by: {
          abs($0.relativePosition - swapped.relativePosition)
            < abs($1.relativePosition - swapped.relativePosition)
        }),
        abs(nearest.relativePosition - swapped.relativePosition) <= 0.25
      else { continue }
      result.append(nearest)
    }
    return result
  }

  /// Whether one name is the other made more specific (`Europe`, `Western Europe`): the
  /// words of one contain those of the other, or the initials of the other (`UN General
  /// Assembly`, `United Nations`).
  static func isNarrowing(_ first: String, _ second: String) -> Bool {
    func words(_ name: String) -> Set<String> {
      Set(name.lowercased().split { !$0.isLetter && !$0.isNumber }.map(String.init))
    }
    func initials(_ name: String) -> String {
      String(name.split(separator: " ").compactMap { $0.first }.filter(\.isUppercase))
        .lowercased()
    }
    let one = words(first)
    let two = words(second)
    guard !one.isEmpty, !two.isEmpty else { return false }
    if one.isSubset(of: two) || two.isSubset(of: one) { return true }
    let (oneInitials, twoInitials) = (initials(first), initials(second))
    return (oneInitials.count >= 2 && two.contains(oneInitials))
      || (twoInitials.count >= 2 && one.contains(twoInitials))
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
      let two = right.quotes.first(where: { speaker($0.mention) != nil }),
      Self.speakersMayDiffer(one, in: left, two, in: right)
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

  /// Whether two speakers can be told apart: names in Latin script that share no word
  /// (`Vann` is `Michael Vann`); across scripts, only names the lexicon linked exactly, since a
  /// katakana name it only transliterated (`マイケル・ヴァン` as `Maikeru Vu An`) may be the other
  /// side's name.
  private static func speakersMayDiffer(
    _ one: Reader.Located<QuoteMention>,
    in left: Reader,
    _ two: Reader.Located<QuoteMention>,
    in right: Reader
  ) -> Bool {
    let first = one.mention.speaker ?? ""
    let second = two.mention.speaker ?? ""
    if isLatin(first) && isLatin(second) {
      let mention = EntityMention(
        text: second,
        canonical: two.mention.speakerCanonical ?? second,
        kind: .person,
        utf8Range: two.mention.utf8Range
      )
      return !maySpell(first, mention)
    }
    func isExactlyLinked(_ quote: Reader.Located<QuoteMention>, in reader: Reader) -> Bool {
      guard let canonical = quote.mention.speakerCanonical else { return false }
      return reader.entities.contains {
        $0.sentence == quote.sentence && $0.mention.canonical == canonical
          && $0.mention.isExactlyLinked
      }
    }
    return isExactlyLinked(one, in: left) && isExactlyLinked(two, in: right)
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
    /// Where the mention stands in its claim, from 0 (its start) to 1 (its end).
    var relativePosition = 0.0
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
    /// Whether the number is the minutes of a clock time (`8:30`, `20 h 38`, `8時38分`).
    var isClockMinute = false
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
            isClockTime: unitKey.isEmpty && Self.isClockTime(quantity.utf8Range, in: claim),
            isClockMinute: unitKey.isEmpty && Self.isClockMinute(quantity.utf8Range, in: claim)
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
      let length = Double(max(claim.utf8Range.count, 1))
      entities += claim.entities.map {
        Located(
          mention: $0,
          sentence: claim.sentence,
          position: $0.utf8Range.lowerBound,
          relativePosition: Double($0.utf8Range.lowerBound - claim.utf8Range.lowerBound) / length
        )
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

  /// Whether the text right before a number marks it as the minutes of a clock time: `:`
  /// (`8:30`), `h` after a number (`20 h 38`, `20h38`) or `時` (`8時38分`).
  static func isClockMinute(_ range: Range<Int>, in claim: Claim) -> Bool {
    let bytes = Array(claim.text.utf8)
    let start = range.lowerBound - claim.utf8Range.lowerBound
    guard start > 0, start <= bytes.count else { return false }
    let before = String(decoding: bytes[max(0, start - 8)..<start], as: UTF8.self)
    let trimmed = before.reversed().drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
    guard let mark = trimmed.first else { return false }
    if mark == ":" || mark == "時" { return trimmed.dropFirst().first?.isNumber ?? false }
    guard mark == "h" else { return false }
    return trimmed.dropFirst().drop { $0 == " " || $0 == "\u{00A0}" || $0 == "\u{202F}" }
      .first?.isNumber ?? false
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
