import TextCore

/// Names that stand for each other in news writing without being the same entity: a seat of
/// government and its country (`Washington` and `United States`), read from
/// `dictionaries/names/seats.tsv`.
struct NameRelations: Sendable {
  /// The entities each seat stands for, by canonical name.
  let seats: [String: Set<String>]

  /// Reads the relations from `source`.
  ///
  /// - Throws: `ComparisonError` when the file is missing or a line does not have two fields.
  init(source: any DictionarySource) throws(ComparisonError) {
    let (name, text) = try ComparisonDictionaries.file("names/seats.tsv", in: source)
    var seats = [String: Set<String>]()
    for (index, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated()
    where !line.isEmpty && !line.hasPrefix("#") {
      let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
      guard fields.count == 2, !fields[0].isEmpty, !fields[1].isEmpty else {
        throw .dictionary(
          file: name,
          reason: "line \(index + 1): expected seat<TAB>entity, found \(fields.count) fields"
        )
      }
      seats[fields[0], default: []].insert(fields[1])
    }
    self.seats = seats
  }

  /// Whether one name is the seat of government of the other, in either order.
  func isSeat(_ first: String, of second: String) -> Bool {
    seats[first]?.contains(second) ?? false || seats[second]?.contains(first) ?? false
  }
}
