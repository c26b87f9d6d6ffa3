import TextCore

/// Readings of Japanese surnames and given names (`dictionaries/names/ja-person-readings.tsv`),
/// for linking kanji personal names to their Latin spelling (`岸田文雄` → Fumio Kishida).
public struct NameReadings: Sendable {
  /// One reading of a kanji name part.
  public struct Reading: Sendable, Hashable {
    /// The reading in hiragana (`きしだ`).
    public let kana: String
    /// The reading in Latin letters as news spells it: long vowels folded (`Itou` → `Ito`).
    public let romaji: String
    /// Whether the part is attested as a surname.
    public let isSurname: Bool
    /// Whether the part is attested as a given name.
    public let isGivenName: Bool
    /// How many notable people attest the reading: a rough popularity signal.
    public let people: Int
  }

  /// A kanji personal name split into surname and given name, with their readings.
  public struct PersonName: Sendable, Hashable {
    /// The surname as written (`岸田`).
    public let surname: String
    /// The surname's most popular reading.
    public let surnameReading: Reading
    /// The given name as written (`文雄`), or `nil` for a bare surname.
    public let givenName: String?
    /// The given name's most popular reading.
    public let givenNameReading: Reading?

    /// The name in Latin letters, given name first (`Fumio Kishida`).
    public var latin: String {
      guard let givenNameReading else { return surnameReading.romaji }
      return "\(givenNameReading.romaji) \(surnameReading.romaji)"
    }
  }

  /// One line of the file: where its kana and romaji are, its kinds and its count.
  struct Record: Sendable {
    let kana: Range<Int32>
    let romaji: Range<Int32>
    let isSurname: Bool
    let isGivenName: Bool
    let people: Int32
  }

  /// The file's bytes, which records point into.
  let bytes: [UInt8]
  /// The records, in file order.
  let records: [Record]
  /// Record indices by kanji.
  let index: KeyIndex

  /// No readings: for a lexicon loaded without Japanese.
  static let empty = NameReadings(bytes: [], records: [], index: KeyIndex(expectedKeys: 8))

  /// The readings of a kanji name part, most popular first.
  public func readings(of kanji: String) -> [Reading] {
    guard let id = index.id(of: kanji) else { return [] }
    func text(_ range: Range<Int32>) -> String {
      String(decoding: bytes[Int(range.lowerBound)..<Int(range.upperBound)], as: UTF8.self)
    }
    return index.values(of: id).map { recordIndex in
      let record = records[Int(recordIndex)]
      return Reading(
        kana: text(record.kana),
        romaji: Self.foldLongVowels(text(record.romaji)),
        isSurname: record.isSurname,
        isGivenName: record.isGivenName,
        people: Int(record.people)
      )
    }.sorted { ($0.people, $1.romaji) > ($1.people, $0.romaji) }
  }

  /// Splits a kanji personal name into surname and given name by their readings.
  ///
  /// Every split point is tried; a split counts when the first part is a known surname and the
  /// rest a known given name, and the most popular pair wins. With `allowsSurnameOnly`, a bare
  /// known surname also counts (`岸田` before a title).
  public func personName(_ kanji: String, allowsSurnameOnly: Bool = false) -> PersonName? {
    let scalars = Array(kanji.unicodeScalars)
    var best: (score: Int, name: PersonName)?
    if scalars.count >= 2 {
      for split in 1..<scalars.count {
        let surname = String(String.UnicodeScalarView(scalars[..<split]))
        let given = String(String.UnicodeScalarView(scalars[split...]))
        guard let surnameReading = readings(of: surname).first(where: \.isSurname),
          let givenReading = readings(of: given).first(where: \.isGivenName)
        else { continue }
        let score = min(surnameReading.people, givenReading.people)
        if best == nil || score > (best?.score ?? 0) {
          best = (
            score,
            PersonName(
              surname: surname,
              surnameReading: surnameReading,
              givenName: given,
              givenNameReading: givenReading
            )
          )
        }
      }
    }
    if let best { return best.name }
    if allowsSurnameOnly, let reading = readings(of: kanji).first(where: \.isSurname) {
      return PersonName(
        surname: kanji,
        surnameReading: reading,
        givenName: nil,
        givenNameReading: nil
      )
    }
    return nil
  }

  /// Folds ENAMDICT's long vowels to news spelling: `ou`/`oo` → `o` and `uu` → `u`, except
  /// before a vowel (`Inoue` stays).
  public static func foldLongVowels(_ romaji: String) -> String {
    let letters = Array(romaji)
    var result = ""
    var index = 0
    func isVowel(_ character: Character?) -> Bool {
      guard let character else { return false }
      return "aeiouAEIOU".contains(character)
    }
    while index < letters.count {
      let letter = letters[index]
      let next = index + 1 < letters.count ? letters[index + 1] : nil
      let afterNext = index + 2 < letters.count ? letters[index + 2] : nil
      let lower = letter.lowercased()
      if (lower == "o" && (next == "u" || next == "o")) || (lower == "u" && next == "u"),
        !isVowel(afterNext)
      {
        result.append(letter)
        index += 2
        continue
      }
      result.append(letter)
      index += 1
    }
    return result
  }

  /// Loads `names/ja-person-readings.tsv` (`kanji<TAB>kana<TAB>romaji<TAB>kind<TAB>people`).
  ///
  /// - Throws: `LexiconError` naming the file and line of a missing file or malformed line.
  static func load(from source: any DictionarySource) throws(LexiconError) -> NameReadings {
    let file = try TableFile.load("names/ja-person-readings.tsv", from: source)
    var records = [Record]()
    records.reserveCapacity(30_000)
    var index = KeyIndex(expectedKeys: 20_000)
    let surname = Array("surname".utf8)
    let given = Array("given".utf8)
    try file.forEachRawRecord(fieldCount: 5...5) { fields, line throws(LexiconError) in
      var people: Int32 = 0
      for byte in file.bytes[fields[4]] {
        guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte), people < 100_000_000 else {
          throw file.error(
            line: line,
            "people must be a count, not '\(String(decoding: file.bytes[fields[4]], as: UTF8.self))'"
          )
        }
        people = people * 10 + Int32(byte - UInt8(ascii: "0"))
      }
      var isSurname = false
      var isGivenName = false
      for kind in file.bytes[fields[3]].split(separator: UInt8(ascii: ",")) {
        if kind.elementsEqual(surname) {
          isSurname = true
        } else if kind.elementsEqual(given) {
          isGivenName = true
        } else {
          throw file.error(
            line: line,
            "kind must be surname, given or both, not '\(String(decoding: file.bytes[fields[3]], as: UTF8.self))'"
          )
        }
      }
      index.insert(file.bytes[fields[0]], value: Int32(records.count))
      records.append(
        Record(
          kana: Int32(fields[1].lowerBound)..<Int32(fields[1].upperBound),
          romaji: Int32(fields[2].lowerBound)..<Int32(fields[2].upperBound),
          isSurname: isSurname,
          isGivenName: isGivenName,
          people: people
        )
      )
    }
    return NameReadings(bytes: file.bytes, records: records, index: index)
  }
}
