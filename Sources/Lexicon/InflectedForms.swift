/// Inflected forms and their lemmas by comparison key (`irregular-forms.tsv`): `went` → `go`,
/// `prit` → `prendre`.
///
/// French has some 78,000 forms. As `[String: [String]]` they took about 50 ms to load, a
/// quarter of a comparison's run time; like the lexicons (see `KeyIndex`), the forms and lemmas
/// are indexed as bytes, and a form's lemmas are strings only when asked for.
public struct InflectedForms: Sendable {
  /// Each form's chain of lemma ids (ids in `lemmaKeys`).
  private var forms: KeyIndex
  /// The distinct lemmas.
  private var lemmaKeys: KeyIndex

  /// No forms.
  public static let empty = InflectedForms(
    forms: KeyIndex(expectedKeys: 8),
    lemmaKeys: KeyIndex(expectedKeys: 8)
  )

  private init(forms: KeyIndex, lemmaKeys: KeyIndex) {
    self.forms = forms
    self.lemmaKeys = lemmaKeys
  }

  /// Whether there are no forms.
  public var isEmpty: Bool { forms.count == 0 }

  /// The number of forms.
  public var count: Int { forms.count }

  /// The lemmas of a form key, in file order; empty when the form is not listed.
  public func lemmas(of key: String) -> [String] {
    guard let id = forms.id(of: key) else { return [] }
    return forms.values(of: id).map { lemmaKeys.key(of: $0) }
  }

  /// Reads `form<TAB>lemma|lemma…` records; a form listed twice collects the lemmas of both.
  ///
  /// - Throws: `LexiconError` naming the line of a malformed record or a key ICU cannot make.
  static func load(_ file: TableFile) throws(LexiconError) -> InflectedForms {
    let expected = file.bytes.count / 24
    var forms = KeyIndex(expectedKeys: max(expected, 8))
    var lemmaKeys = KeyIndex(expectedKeys: max(expected / 8, 8))
    let bar = UInt8(ascii: "|")
    try file.forEachRawRecord(fieldCount: 2...2) { fields, line throws(LexiconError) in
      let form = try file.keyBytes(fields[0], line: line)
      var start = fields[1].lowerBound
      for index in fields[1].lowerBound...fields[1].upperBound
      where index == fields[1].upperBound || file.bytes[index] == bar {
        guard index > start else {
          let lemmas = String(decoding: file.bytes[fields[1]], as: UTF8.self)
          throw file.error(line: line, "empty lemma in '\(lemmas)'")
        }
        let lemma = try file.keyBytes(start..<index, line: line)
        forms.insert(form, value: lemmaKeys.insert(lemma, value: nil))
        start = index + 1
      }
    }
    return InflectedForms(forms: forms, lemmaKeys: lemmaKeys)
  }
}
