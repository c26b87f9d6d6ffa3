/// Facts about the text layer itself.
public enum TextCoreInfo {
  /// The version of the ICU library TextCore runs on (such as `72.1`).
  public static var icuVersion: String { ICU.version }

  /// How many terminal columns a string takes: East Asian wide and fullwidth characters take two
  /// (by ICU's East Asian Width property), combining marks none.
  public static func displayWidth(of text: String) -> Int {
    var width = 0
    for scalar in text.unicodeScalars {
      let category = ICU.generalCategory(of: scalar)
      if GeneralCategory.isMark(category) || category == 16 { continue }
      let eastAsianWidth = ICU.eastAsianWidth(of: scalar)
      width += (eastAsianWidth == 3 || eastAsianWidth == 5) ? 2 : 1
    }
    return width
  }
}
