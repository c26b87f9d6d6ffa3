import Articles

/// How the comparison writes and compares the values of anchors: plain decimals and ISO dates.
enum NormalizedValues {
  /// A decimal string in canonical form: no sign for zero, no leading zeros, no trailing
  /// fractional zeros (`"02.50"` → `"2.5"`, `"1234.0"` → `"1234"`); `nil` when not a decimal.
  static func decimal(_ text: String) -> String? {
    var scalars = Substring(text)
    var negative = false
    if scalars.first == "-" {
      negative = true
      scalars = scalars.dropFirst()
    } else if scalars.first == "+" {
      scalars = scalars.dropFirst()
    }
    let parts = scalars.split(separator: ".", omittingEmptySubsequences: false)
    guard parts.count <= 2, let whole = parts.first,
      !(whole.isEmpty && (parts.count < 2 || parts[1].isEmpty))
    else { return nil }
    let digits: Set<Character> = ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]
    guard whole.allSatisfy(digits.contains), parts.count < 2 || parts[1].allSatisfy(digits.contains)
    else { return nil }
    var integer = String(whole.drop { $0 == "0" })
    if integer.isEmpty { integer = "0" }
    var fraction = parts.count == 2 ? String(parts[1]) : ""
    while fraction.last == "0" { fraction.removeLast() }
    let body = fraction.isEmpty ? integer : "\(integer).\(fraction)"
    return negative && body != "0" ? "-\(body)" : body
  }

  /// A quantity's value as the report writes it: `"96 m"`, `"3-5 day"` (a range smaller end
  /// first), `"12"` for a bare number.
  static func quantity(_ quantity: QuantityMention) -> String {
    let amount = amountKey(quantity)
    guard let unit = quantity.unit, !unit.isEmpty else { return amount }
    return "\(amount) \(unit)"
  }

  /// The comparison key of a quantity's amount: canonical value and upper value, the smaller
  /// first (`4.2-3.9 million years` and `390～420万年` are one range).
  static func amountKey(_ quantity: QuantityMention) -> String {
    let value = decimal(quantity.value) ?? quantity.value
    guard let upperText = quantity.upperValue else { return value }
    let upper = decimal(upperText) ?? upperText
    if let low = Double(value), let high = Double(upper), high < low { return "\(upper)-\(value)" }
    return "\(value)-\(upper)"
  }

  /// An ISO 8601 date or time split into its parts.
  struct ISODate: Hashable {
    var year: Int
    var month: Int?
    var day: Int?
    /// Minutes since midnight, for a time.
    var minute: Int?
    /// The offset from UTC in minutes, when the time carries one.
    var offset: Int?

    /// Reads `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, `YYYY-MM-DDTHH:MM[:SS][Z|±HH:MM]`.
    init?(_ text: String) {
      let bytes = Array(text.utf8)
      func number(_ range: Range<Int>) -> Int? {
        guard range.upperBound <= bytes.count else { return nil }
        var value = 0
        for byte in bytes[range] {
          guard (48...57).contains(byte) else { return nil }
          value = value * 10 + Int(byte - 48)
        }
        return value
      }
      guard let year = number(0..<4) else { return nil }
      self.year = year
      guard bytes.count > 4 else { return }
      guard bytes[4] == UInt8(ascii: "-"), let month = number(5..<7), (1...12).contains(month)
      else { return nil }
      self.month = month
      guard bytes.count > 7 else { return }
      guard bytes[7] == UInt8(ascii: "-"), let day = number(8..<10), (1...31).contains(day)
      else { return nil }
      self.day = day
      guard bytes.count > 10 else { return }
      guard bytes[10] == UInt8(ascii: "T"), let hour = number(11..<13),
        bytes.count > 13, bytes[13] == UInt8(ascii: ":"), let minute = number(14..<16)
      else { return nil }
      self.minute = hour * 60 + minute
      var rest = 16
      if bytes.count > rest + 2, bytes[rest] == UInt8(ascii: ":"),
        number(rest + 1..<rest + 3) != nil
      {
        rest += 3
      }
      guard bytes.count > rest else { return }
      if bytes[rest] == UInt8(ascii: "Z") {
        offset = 0
      } else if bytes[rest] == UInt8(ascii: "+") || bytes[rest] == UInt8(ascii: "-"),
        let hours = number(rest + 1..<rest + 3)
      {
        let minutes =
          bytes.count >= rest + 6 && bytes[rest + 3] == UInt8(ascii: ":")
          ? number(rest + 4..<rest + 6) ?? 0 : 0
        let sign = bytes[rest] == UInt8(ascii: "-") ? -1 : 1
        offset = sign * (hours * 60 + minutes)
      }
    }

    /// The number of parts the text gives: 1 year, 2 month, 3 day, 4 time.
    var depth: Int { minute != nil ? 4 : day != nil ? 3 : month != nil ? 2 : 1 }

    /// Days since 0000-03-01 in the proleptic Gregorian calendar (for zone shifts).
    static func dayNumber(year: Int, month: Int, day: Int) -> Int {
      let shiftedYear = month <= 2 ? year - 1 : year
      let era = shiftedYear / 400
      let yearOfEra = shiftedYear - era * 400
      let shiftedMonth = (month + 9) % 12
      let dayOfYear = (153 * shiftedMonth + 2) / 5 + day - 1
      let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
      return era * 146_097 + dayOfEra
    }

    /// The moment in UTC minutes, for a time with an offset.
    var utcMinutes: Int? {
      guard let month, let day, let minute, let offset else { return nil }
      return Self.dayNumber(year: year, month: month, day: day) * 1_440 + minute - offset
    }
  }

  /// Whether two ISO dates name the same time at the precision both give.
  ///
  /// Times with offsets are compared in UTC (`2024-05-02T13:35+02:00` = `2024-05-02T20:35+09:00`).
  /// A time without an offset cannot be placed against one with an offset, so they are compared
  /// by day, and a one-day difference is accepted (the zone may move the date).
  static func datesAgree(_ first: String, _ second: String) -> Bool {
    guard let lhs = ISODate(first), let rhs = ISODate(second) else { return first == second }
    let depth = min(lhs.depth, rhs.depth)
    if depth == 4 {
      if let left = lhs.utcMinutes, let right = rhs.utcMinutes { return left == right }
      if lhs.offset == nil && rhs.offset == nil { return lhs == rhs }
      return daysApart(lhs, rhs).map { $0 <= 1 } ?? false
    }
    if depth == 3 && (lhs.depth == 4 || rhs.depth == 4)
      && (lhs.offset != nil || rhs.offset != nil)
    {
      // A dated time in another zone may fall on the neighbouring day.
      return daysApart(lhs, rhs).map { $0 <= 1 } ?? false
    }
    guard lhs.year == rhs.year else { return false }
    if depth >= 2 && lhs.month != rhs.month { return false }
    if depth >= 3 && lhs.day != rhs.day { return false }
    return true
  }

  private static func daysApart(_ lhs: ISODate, _ rhs: ISODate) -> Int? {
    guard let leftMonth = lhs.month, let leftDay = lhs.day, let rightMonth = rhs.month,
      let rightDay = rhs.day
    else { return nil }
    let left = ISODate.dayNumber(year: lhs.year, month: leftMonth, day: leftDay)
    let right = ISODate.dayNumber(year: rhs.year, month: rightMonth, day: rightDay)
    return abs(left - right)
  }

  /// The date anchors of an ISO value: the value at its precision and each coarser prefix.
  ///
  /// A time with an offset is anchored in UTC so the same moment written in two zones shares
  /// its anchor; its calendar day is anchored as written.
  static func dateAnchors(_ value: String) -> [(key: String, isFull: Bool)] {
    guard let date = ISODate(value) else { return [(value, true)] }
    func pad(_ number: Int, _ width: Int = 2) -> String {
      let text = String(number)
      return String(repeating: "0", count: max(0, width - text.count)) + text
    }
    var anchors = [(key: String, isFull: Bool)]()
    let yearKey = pad(date.year, 4)
    anchors.append((yearKey, date.depth == 1))
    guard let month = date.month else { return anchors }
    anchors.append(("\(yearKey)-\(pad(month))", date.depth == 2))
    guard let day = date.day else { return anchors }
    anchors.append(("\(yearKey)-\(pad(month))-\(pad(day))", date.depth == 3))
    if let utc = date.utcMinutes {
      anchors.append(("utc:\(utc)", true))
    } else if let minute = date.minute {
      anchors.append(
        ("\(yearKey)-\(pad(month))-\(pad(day))T\(pad(minute / 60)):\(pad(minute % 60))", true)
      )
    }
    return anchors
  }
}
