import Scoring

/// The year's results in the forms people take away: JSON (docs/结果格式.md), CSV for Excel and WPS, and
/// an aligned table for the terminal. Shared by `qunfang score` and the site's results files.
public enum Reports {}
