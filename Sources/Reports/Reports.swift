// Reports: JSON, CSV and terminal tables of a YearResult.
