import TextCore

/// Links a name that is not in the name table to an entity: by key, by word order, by kanji
/// readings, by `Katakana-Latin` transliteration with a fuzzy match against the table's Latin
/// names, and optionally through the lexicons.
///
/// ```swift
/// let linker = NameLinker(lexicon: try Lexicon.bundled())
/// linker.link("ルコルニュ", language: .japanese)?.entity.canonical  // "Sébastien Lecornu"
/// linker.link("安倍晋三", language: .japanese)?.entity.canonical    // "Shinzo Abe"
/// ```
public struct NameLinker: Sendable {
  /// Settings that tailor linking.
  public struct Options: Sendable, Hashable {
    /// Whether a name may be translated through the lexicons to an English name in the table.
    ///
    /// `Autriche` → `Austria`: the lexicons hold some place names the table lacks.
    public var usesLexicon = true
    /// The lowest similarity (0...1) of a transliterated or misspelt name to a table name.
    public var minimumSimilarity = 0.72
    /// Creates options with the default settings.
    public init() {}
  }

  /// How a name was linked.
  public enum Method: String, Sendable, Hashable, CaseIterable {
    /// The name (or its words reversed, `Abe Shinzo`) is in the table.
    case table
    /// A kanji personal name split by readings and romanised (`岸田文雄` → `Fumio Kishida`).
    case reading
    /// Katakana transliterated and matched to a Latin name (`マクロン` → `Macron`).
    case transliteration
    /// A Latin name close in spelling to a table name (`Benyamin Netanyahou`).
    case spelling
    /// A word the lexicons translate to an English name in the table (`Autriche`).
    case lexicon
  }

  /// A linked name: the entity and how it was found.
  public struct Link: Sendable, Hashable {
    /// The entity; for a romanised personal name not in the table, a new person entity.
    public let entity: NameTable.Entity
    /// How the link was made.
    public let method: Method
    /// How close the name is to the entity's name (1 for exact links).
    public let similarityScore: Double
  }

  /// A Latin name of the table prepared for fuzzy matching.
  struct Candidate: Sendable {
    let name: NameTable.Name
    let phonetic: [UInt8]
    let skeleton: [UInt8]
  }

  /// The lexicon the linker reads.
  public let lexicon: Lexicon
  /// The settings in force.
  public var options: Options
  let candidates: [Candidate]

  /// Creates a linker over `lexicon`'s name table.
  public init(lexicon: Lexicon, options: Options = Options()) {
    self.lexicon = lexicon
    self.options = options
    var candidates = [Candidate]()
    for (key, name) in lexicon.names.names(in: [.english, .french])
    where name.form != .abbreviation && !Self.isAcronym(name.written) {
      let phonetic = Self.phonetic(key)
      let skeleton = Self.skeleton(phonetic)
      if skeleton.count >= 2 {
        candidates.append(Candidate(name: name, phonetic: phonetic, skeleton: skeleton))
      }
    }
    self.candidates = candidates
  }

  /// The entity `name` (written in `language`) most likely refers to, or `nil`.
  public func link(_ name: String, language: Language) -> Link? {
    guard let key = LookupKey.makeIfPossible(name), !key.isEmpty else { return nil }
    if let entity = tableEntity(forKey: key, language: language) {
      return Link(entity: entity, method: .table, similarityScore: 1)
    }
    let scalars = Array(key.unicodeScalars)
    let words = key.split(separator: " ")
    if words.count == 2, let first = words.first, let last = words.last,
      let entity = tableEntity(forKey: "\(last) \(first)", language: language)
    {
      return Link(entity: entity, method: .table, similarityScore: 1)
    }
    // Japanese place suffixes: `広島市` is Hiroshima, `クック諸島` the Cook Islands.
    if language == .japanese {
      for (suffix, english) in Self.japaneseSuffixes where key.hasSuffix(suffix) {
        let stem = String(key.dropLast(suffix.count))
        guard !stem.isEmpty else { continue }
        if let entity = tableEntity(forKey: stem, language: language) {
          return Link(entity: entity, method: .table, similarityScore: 1)
        }
        if !english.isEmpty, stem.unicodeScalars.allSatisfy(Self.isKatakanaOrSeparator),
          let latin = try? Transliterator.latin(fromKatakana: stem),
          let latinKey = LookupKey.makeIfPossible(latin + " " + english),
          let link = fuzzyLink(Self.phonetic(latinKey), method: .transliteration, minimumFull: 0)
        {
          return link
        }
      }
    }
    var person: Link?
    if scalars.allSatisfy(Self.isKanji) {
      person = personLink(kanji: key, allowsSurnameOnly: false)
      // A romanised reading that is a name in the table is a sure link; otherwise the
      // lexicons may know the word (`京都` is Kyoto, not a person read Miyako Kyo).
      if let person, person.method == .reading, isTableEntity(person.entity) { return person }
    } else if scalars.allSatisfy(Self.isKatakanaOrSeparator) {
      if let link = transliterationLink(key) { return link }
    } else if scalars.allSatisfy({ $0.isASCII }) {
      if let link = spellingLink(key) { return link }
    }
    if options.usesLexicon, let link = lexiconLink(key, language: language) { return link }
    return person
  }

  /// Suffixes of Japanese place names and the English word they stand for (empty: none).
  static let japaneseSuffixes = [
    ("諸島", "islands"), ("島", "island"), ("市", ""), ("県", ""), ("府", ""), ("地方", ""),
    ("共和国", "republic"),
  ]

  /// Whether an entity is one of the name table's (not a new person from readings).
  private func isTableEntity(_ entity: NameTable.Entity) -> Bool {
    guard let key = LookupKey.makeIfPossible(entity.canonical) else { return false }
    return lexicon.names.entity(canonicalKey: key) == entity
  }

  /// The person a kanji name (with or without given name) reads as, linked to the table when
  /// the romanised name is there.
  public func personLink(kanji: String, allowsSurnameOnly: Bool) -> Link? {
    guard let person = lexicon.readings.personName(kanji, allowsSurnameOnly: allowsSurnameOnly)
    else { return nil }
    let latin = person.latin
    if let key = LookupKey.makeIfPossible(latin) {
      let names = lexicon.names.names(forKey: key).filter { $0.entity.kind == .person }
      if let preferred = names.first(where: { $0.form == .name || $0.form == .alias })
        ?? (person.givenName == nil ? names.first : nil)
      {
        return Link(entity: preferred.entity, method: .reading, similarityScore: 1)
      }
    }
    // A split of two rare readings is more likely a word than a name (`京都`: 京 + 都).
    let popularity = min(person.surnameReading.people, person.givenNameReading?.people ?? 2)
    guard popularity >= 2 else { return nil }
    return Link(
      entity: NameTable.Entity(canonical: latin, kind: .person),
      method: .reading,
      similarityScore: 1
    )
  }

  /// The best table entity for a katakana name by its transliteration.
  public func transliterationLink(_ katakana: String) -> Link? {
    guard let latin = try? Transliterator.latin(fromKatakana: katakana),
      let key = LookupKey.makeIfPossible(latin)
    else { return nil }
    return fuzzyLink(Self.phonetic(key), method: .transliteration, minimumFull: 0)
  }

  /// The best table entity for a Latin name spelt differently from the table's.
  func spellingLink(_ key: String) -> Link? {
    fuzzyLink(Self.phonetic(key), method: .spelling, minimumFull: 0.85)
  }

  /// The table entity of a name's translation through the lexicons.
  func lexiconLink(_ key: String, language: Language) -> Link? {
    guard language != .english else { return nil }
    for concept in lexicon.concepts.concepts(ofKey: key, language: language).prefix(3) {
      if let entity = lexicon.names.entity(canonicalKey: concept)
        ?? lexicon.names.names(forKey: concept).first(where: {
          $0.language == .english && $0.form != .abbreviation && $0.form != .short
        })?.entity
      {
        return Link(entity: entity, method: .lexicon, similarityScore: 1)
      }
    }
    return nil
  }

  /// The entity of a table name with `key`, preferring names in `language` and full names.
  func tableEntity(forKey key: String, language: Language) -> NameTable.Entity? {
    let names = lexicon.names.names(forKey: key).filter { $0.form != .abbreviation }
    let ranked = names.sorted { rank($0, language) < rank($1, language) }
    return ranked.first?.entity
  }

  private func rank(_ name: NameTable.Name, _ language: Language) -> Int {
    (name.language == language ? 0 : 2) + (name.form == .short ? 1 : 0)
  }

  private func fuzzyLink(_ phonetic: [UInt8], method: Method, minimumFull: Double) -> Link? {
    let sound = Sound(phonetic: phonetic)
    var best: (score: Double, candidate: Candidate)?
    for candidate in candidates {
      let other = Sound(phonetic: candidate.phonetic, skeleton: candidate.skeleton)
      guard let score = Self.soundSimilarity(sound, other, minimumFull: minimumFull) else {
        continue
      }
      if score > (best?.score ?? 0) { best = (score, candidate) }
    }
    guard let best, best.score >= options.minimumSimilarity else { return nil }
    return Link(entity: best.candidate.name.entity, method: method, similarityScore: best.score)
  }

  // MARK: - Sounds

  /// How a name sounds, as the fuzzy matches compare names: its rough phonetic spelling and
  /// the consonants of it (see `phonetic(_:)` and `skeleton(_:)`).
  public struct Sound: Sendable, Hashable {
    let phonetic: [UInt8]
    let skeleton: [UInt8]

    init(phonetic: [UInt8], skeleton: [UInt8]? = nil) {
      self.phonetic = phonetic
      self.skeleton = skeleton ?? NameLinker.skeleton(phonetic)
    }
  }

  /// The sound of a name in Latin script (`Gwyneth Paltrow`), or `nil` when it has fewer than
  /// two consonants to go by or is an acronym.
  public static func sound(ofLatin name: String) -> Sound? {
    guard !isAcronym(name), let key = LookupKey.makeIfPossible(name) else { return nil }
    let sound = Sound(phonetic: phonetic(key))
    return sound.skeleton.count >= 2 ? sound : nil
  }

  /// The sounds of a name in Latin script: as `sound(ofLatin:)` hears it and, when that
  /// differs, as an English speaker says it.
  ///
  /// Katakana writes English names as they are said: an `r` after a vowel and before a
  /// consonant or the word's end is silent (`Oliver`, `オリバー`), a final `th` is `s`
  /// (`Goldsmith`, `ゴールドスミス`). Other languages say those `r`s (`Marseille`, `マルセイユ`),
  /// so the table's links do not use the English reading.
  public static func sounds(ofLatin name: String) -> [Sound] {
    guard let plain = sound(ofLatin: name), let key = LookupKey.makeIfPossible(name) else {
      return []
    }
    let english = Sound(phonetic: phonetic(key, readsEnglish: true))
    return english == plain || english.skeleton.count < 2 ? [plain] : [plain, english]
  }

  /// The sound of a katakana name (`グウィネス・パルトロウ`) through ICU's `Katakana-Latin`
  /// transliteration, or `nil` when it has fewer than two consonants to go by.
  ///
  /// `ン` before `b`, `p` or `m` is read `m`, as it is said (`アバクロンビー`, `Abercrombie`), and
  /// a `ズ` that ends a part is read `s`: it writes an English final `s` said voiced
  /// (`ジェインズ`, `Jaynes`).
  public static func sound(ofKatakana name: String) -> Sound? {
    let characters = Array(name)
    var heard = ""
    for (index, character) in characters.enumerated() {
      let endsPart = index + 1 == characters.count || "・＝= ".contains(characters[index + 1])
      heard.append(character == "ズ" && endsPart ? "ス" : character)
    }
    guard let latin = try? Transliterator.latin(fromKatakana: heard),
      let key = LookupKey.makeIfPossible(latin)
    else { return nil }
    var spelled = phonetic(key)
    for index in spelled.indices.dropLast()
    where spelled[index] == UInt8(ascii: "n") && "bpm".utf8.contains(spelled[index + 1]) {
      spelled[index] = UInt8(ascii: "m")
    }
    let sound = Sound(phonetic: spelled)
    return sound.skeleton.count >= 2 ? sound : nil
  }

  /// How alike two names sound (0...1), or `nil` when they cannot be the same name: their
  /// consonants differ by more than a quarter, or the first name has only two consonants
  /// (`parao`, `fiji`) and the spellings differ by more than a quarter, or the spellings'
  /// similarity is below `minimumFull`.
  ///
  /// The score weighs the consonants 0.6 and the whole spelling 0.4, since katakana adds
  /// vowels a Latin spelling lacks (`makuron`, `macron`).
  public static func soundSimilarity(
    _ lhs: Sound,
    _ rhs: Sound,
    minimumFull: Double = 0
  ) -> Double? {
    guard lhs.skeleton.count >= 2, rhs.skeleton.count >= 2,
      abs(lhs.skeleton.count - rhs.skeleton.count) <= 2
    else { return nil }
    let minimumFull = lhs.skeleton.count == 2 ? max(minimumFull, 0.75) : minimumFull
    let skeletonSimilarity = similarity(lhs.skeleton, rhs.skeleton)
    guard skeletonSimilarity >= 0.75 else { return nil }
    let fullSimilarity = similarity(lhs.phonetic, rhs.phonetic)
    guard fullSimilarity >= minimumFull else { return nil }
    return 0.6 * skeletonSimilarity + 0.4 * fullSimilarity
  }

  // MARK: - Phonetic forms

  /// A rough phonetic spelling shared by romanised katakana and Latin names.
  ///
  /// Lower-case ASCII letters with spellings Japanese cannot tell apart merged (`l`/`r`,
  /// `v`/`b`, `c`/`k`/`q`, `ph`/`f`, `sh`/`ch`/`s`; `ch` before a consonant is `k`, as in
  /// `Chris`), and spaces, hyphens and apostrophes dropped; with `readsEnglish`, as
  /// `sounds(ofLatin:)` describes.
  static func phonetic(_ key: String, readsEnglish: Bool = false) -> [UInt8] {
    var letters = [UInt8]()
    // Whether each letter is the last of its word.
    var endsWord = [Bool]()
    for byte in key.utf8 {
      if (UInt8(ascii: "a")...UInt8(ascii: "z")).contains(byte) {
        letters.append(byte)
        endsWord.append(false)
      } else if !endsWord.isEmpty {
        endsWord[endsWord.count - 1] = true
      }
    }
    if !endsWord.isEmpty { endsWord[endsWord.count - 1] = true }
    var result = [UInt8]()
    result.reserveCapacity(letters.count)
    var index = 0
    func at(_ offset: Int) -> UInt8? {
      index + offset < letters.count ? letters[index + offset] : nil
    }
    func isVowel(_ letter: UInt8?) -> Bool { letter.map { "aeiouy".utf8.contains($0) } ?? false }
    while index < letters.count {
      let letter = letters[index]
      let next = at(1)
      var output: [UInt8] = [letter]
      var advance = 1
      switch letter {
      case UInt8(ascii: "p") where next == UInt8(ascii: "h"):
        output = [UInt8(ascii: "f")]; advance = 2
      case UInt8(ascii: "t") where next == UInt8(ascii: "h"):
        // Read as English, a final `th` is written `s` in katakana (`Smith`, `スミス`).
        output = [UInt8(ascii: readsEnglish && endsWord[index + 1] ? "s" : "t")]; advance = 2
      case UInt8(ascii: "r")
      where readsEnglish && index > 0 && isVowel(letters[index - 1]) && !endsWord[index - 1]
        && (endsWord[index] || !isVowel(next)):
        // Read as English, an `r` after a vowel and before a consonant or the word's end is a
        // long vowel in katakana (`Oliver`, `オリバー`; `Herbert`, `ハーバート`).
        output = []
      case UInt8(ascii: "c")
      where next == UInt8(ascii: "h") && !endsWord[index + 1] && !isVowel(at(2)):
        // `ch` before a consonant is hard (`Chris`, `クリス`; `Christophe`).
        output = [UInt8(ascii: "k")]
        advance = 2
      case UInt8(ascii: "s") where next == UInt8(ascii: "h"),
        UInt8(ascii: "c") where next == UInt8(ascii: "h"):
        output = [UInt8(ascii: "s")]
        advance = 2
      case UInt8(ascii: "c"):
        let soft = next.map { "eiy".utf8.contains($0) } ?? false
        output = [soft ? UInt8(ascii: "s") : UInt8(ascii: "k")]
        if next == UInt8(ascii: "k") { advance = 2 }
      case UInt8(ascii: "q"):
        output = [UInt8(ascii: "k")]; if next == UInt8(ascii: "u") { advance = 2 }
      case UInt8(ascii: "x"): output = [UInt8(ascii: "k"), UInt8(ascii: "s")]
      case UInt8(ascii: "l"): output = [UInt8(ascii: "r")]
      case UInt8(ascii: "v"): output = [UInt8(ascii: "b")]
      case UInt8(ascii: "j"): output = [UInt8(ascii: "z")]
      case UInt8(ascii: "y"): output = [UInt8(ascii: "i")]
      case UInt8(ascii: "w"): output = [UInt8(ascii: "u")]
      case UInt8(ascii: "h") where index > 0: output = []
      case UInt8(ascii: "a") where next == UInt8(ascii: "u"):
        output = [UInt8(ascii: "o")]; advance = 2
      case UInt8(ascii: "o") where next == UInt8(ascii: "u"):
        output = [UInt8(ascii: "u")]; advance = 2
      case UInt8(ascii: "e") where next == UInt8(ascii: "e"):
        output = [UInt8(ascii: "i")]; advance = 2
      default: break
      }
      for byte in output where result.last != byte { result.append(byte) }
      index += advance
    }
    return result
  }

  /// The consonants of a phonetic spelling, without repeats: what survives the vowels katakana
  /// adds (`makuron` and `macron` both give `mkrn`).
  static func skeleton(_ phonetic: [UInt8]) -> [UInt8] {
    var result = [UInt8]()
    for byte in phonetic where !"aeiou".utf8.contains(byte) && result.last != byte {
      result.append(byte)
    }
    return result
  }

  /// One minus the edit distance over the longer length (0...1).
  static func similarity(_ lhs: [UInt8], _ rhs: [UInt8]) -> Double {
    let longest = max(lhs.count, rhs.count)
    guard longest > 0 else { return 1 }
    var previous = Array(0...rhs.count)
    var current = [Int](repeating: 0, count: rhs.count + 1)
    for (i, left) in lhs.enumerated() {
      current[0] = i + 1
      for (j, right) in rhs.enumerated() {
        current[j + 1] = min(
          previous[j + 1] + 1,
          current[j] + 1,
          previous[j] + (left == right ? 0 : 1)
        )
      }
      swap(&previous, &current)
    }
    return 1 - Double(previous[rhs.count]) / Double(longest)
  }

  // MARK: - Scripts

  /// Whether a scalar is a CJK ideograph or the iteration mark `々`.
  static func isKanji(_ scalar: Unicode.Scalar) -> Bool {
    (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
      || scalar.value == 0x3005
  }

  /// Whether a scalar is katakana, the long-vowel mark or a name separator (`・`, `＝`, `=`).
  public static func isKatakanaOrSeparator(_ scalar: Unicode.Scalar) -> Bool {
    (0x30A1...0x30FC).contains(scalar.value) || scalar.value == 0xFF1D || scalar == "="
      || (0x31F0...0x31FF).contains(scalar.value)
  }

  /// Whether a name is an acronym (`NATO`, `G7`), which transliteration cannot reach.
  static func isAcronym(_ name: String) -> Bool {
    let letters = name.unicodeScalars.filter { $0.properties.isAlphabetic }
    return letters.count <= 5 && letters.allSatisfy { $0.properties.isUppercase }
  }
}
