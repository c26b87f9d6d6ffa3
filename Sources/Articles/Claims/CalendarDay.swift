/// A day of the proleptic Gregorian calendar, with the arithmetic relative dates need.
///
/// Pure integer arithmetic (days since 1970-01-01), so no time zone or locale can change it.
struct CalendarDay: Hashable, Comparable {
  /// The year.
  let year: Int
  /// The month, 1 to 12.
  let month: Int
  /// The day of the month.
  let day: Int

  /// Creates a day when it exists (`2024-02-30` does not).
  init?(year: Int, month: Int, day: Int) {
    guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, year: year) else {
      return nil
    }
    self.year = year
    self.month = month
    self.day = day
  }

  /// The day a publication date names.
  init(_ date: PublicationDate) {
    year = date.year
    month = date.month
    day = date.day
  }

  /// The day `count` days from the epoch, 1970-01-01 (Howard Hinnant's civil-from-days).
  init(daysSinceEpoch count: Int) {
    let shifted = count + 719_468
    let era = (shifted >= 0 ? shifted : shifted - 146_096) / 146_097
    let dayOfEra = shifted - era * 146_097
    let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
    let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
    let monthIndex = (5 * dayOfYear + 2) / 153
    day = dayOfYear - (153 * monthIndex + 2) / 5 + 1
    month = monthIndex < 10 ? monthIndex + 3 : monthIndex - 9
    year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
  }

  /// Days since 1970-01-01 (Howard Hinnant's days-from-civil).
  var daysSinceEpoch: Int {
    let shiftedYear = month <= 2 ? year - 1 : year
    let era = (shiftedYear >= 0 ? shiftedYear : shiftedYear - 399) / 400
    let yearOfEra = shiftedYear - era * 400
    let dayOfYear = (153 * (month > 2 ? month - 3 : month + 9) + 2) / 5 + day - 1
    let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
    return era * 146_097 + dayOfEra - 719_468
  }

  /// The ISO weekday: 1 for Monday to 7 for Sunday.
  var weekday: Int {
    let value = (daysSinceEpoch + 3) % 7  // 1970-01-01 was a Thursday (ISO 4).
    return (value < 0 ? value + 7 : value) + 1
  }

  /// The day `count` days later (earlier when negative).
  func adding(days count: Int) -> CalendarDay {
    CalendarDay(daysSinceEpoch: daysSinceEpoch + count)
  }

  /// The ISO week-numbering year and week of the day (`2024-W18`).
  var isoWeek: (year: Int, week: Int) {
    let thursday = adding(days: 4 - weekday)
    guard let januaryFirst = CalendarDay(year: thursday.year, month: 1, day: 1) else {
      return (thursday.year, 1)
    }
    return (thursday.year, (thursday.daysSinceEpoch - januaryFirst.daysSinceEpoch) / 7 + 1)
  }

  /// `YYYY-MM-DD`.
  var iso: String { "\(Self.pad(year, 4))-\(Self.pad(month, 2))-\(Self.pad(day, 2))" }

  /// Orders days chronologically.
  static func < (lhs: Self, rhs: Self) -> Bool { lhs.daysSinceEpoch < rhs.daysSinceEpoch }

  /// How many days `month` of `year` has.
  static func days(inMonth month: Int, year: Int) -> Int {
    switch month {
    case 2: (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28
    case 4, 6, 9, 11: 30
    default: 31
    }
  }

  /// A number padded with zeros to `width` digits.
  static func pad(_ value: Int, _ width: Int) -> String {
    let digits = String(abs(value))
    let padded = String(repeating: "0", count: max(0, width - digits.count)) + digits
    return value < 0 ? "-" + padded : padded
  }
}
