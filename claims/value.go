package claims

import (
	"fmt"
	"time"
)

// Kind is the kind of a value mention. It is a small number (a mention is
// kept in every claim), printed by its name (String).
type Kind uint8

// The kinds of value the recognizers find.
const (
	KindNone     Kind = iota // not a value the recognizers find (a quotation, a title)
	KindNumber               // "number"; Norm: plain decimal ("12", "1200000000", "-3", "4.5")
	KindOrdinal              // "ordinal"; Norm: "3" for third / 3rd
	KindPercent              // "percent"; Norm: the number of percent ("25")
	KindFraction             // "fraction"; Norm: 6 decimals at most, no trailing zeros ("0.25", "0.666667")
	KindMoney                // "money"; Norm: "<amount> <ISO 4217>" ("1200000000 USD")
	KindDuration             // "duration"; Norm: ISO 8601 in the unit written ("PT3H", "PT90M", "P2W", "P3Y", "P6W")
	KindDate                 // "date"; Norm: ISO 8601 at its precision ("2025-08-08", "2025-08", "2025")
	KindQuantity             // "quantity"; Norm: "<amount> <unit>" ("500 m", "6 ft", "140 mm", "4500000 l")
	KindScore                // "score"; a tally or score: "7-4", "eight votes to three" → Norm "8-3"
	KindAge                  // "age"; "the 67-year-old", "aged 67" → Norm "67"
)

var kindNames = [...]string{"", "number", "ordinal", "percent", "fraction", "money", "duration", "date", "quantity", "score", "age"}

// String returns the kind's name ("date"; "" for KindNone).
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Mod qualifies a value: an approximation or a bound. It is a small number,
// printed by its name (String).
type Mod uint8

// The modifiers of a value.
const (
	ModNone   Mod = iota // ""
	ModApprox            // "approx": about, around, roughly, some, nearly?  (see ModLess/ModMore for bounds)
	ModMin               // "min": at least, a minimum of; the low end of a range
	ModMax               // "max": at most, up to, a maximum of; the high end of a range
	ModMore              // "more": more than, over, above, upwards of
	ModLess              // "less": fewer than, less than, under, below, nearly, almost, just under
)

var modNames = [...]string{"", "approx", "min", "max", "more", "less"}

// String returns the modifier's name ("approx"; "" for ModNone).
func (m Mod) String() string {
	if int(m) < len(modNames) {
		return modNames[m]
	}
	return fmt.Sprintf("Mod(%d)", uint8(m))
}

// Precision is the precision of a date value.
type Precision int

// Date precisions, coarsest first.
const (
	PrecNone Precision = iota
	PrecYear
	PrecMonth
	PrecDay
)

// Date is a calendar date at some precision.
type Date struct {
	Year, Month, Day int
	Prec             Precision
}

// String formats the date as ISO 8601 at its precision.
func (d Date) String() string {
	switch d.Prec {
	case PrecYear:
		return fmt.Sprintf("%04d", d.Year)
	case PrecMonth:
		return fmt.Sprintf("%04d-%02d", d.Year, d.Month)
	case PrecDay:
		return fmt.Sprintf("%04d-%02d-%02d", d.Year, d.Month, d.Day)
	}
	return ""
}

// Time returns the first instant of the date (UTC).
func (d Date) Time() time.Time {
	m, day := d.Month, d.Day
	if m == 0 {
		m = 1
	}
	if day == 0 {
		day = 1
	}
	return time.Date(d.Year, time.Month(m), day, 0, 0, 0, 0, time.UTC)
}

// Mention is one value found in text.
type Mention struct {
	Start, End int    // byte offsets into the scanned text: Text == text[Start:End]
	Text       string // the value's own words, verbatim
	Norm       string // normalized form (see Kind)

	// Parsed forms for comparison.
	Num  float64 // number, ordinal, percent, fraction, age; money amount; quantity amount; duration amount in Unit
	Unit string  // money: ISO 4217 code; duration: "Y","MO","W","D","H","MIN","S"; quantity: unit symbol
	// Per is the period of a rate ("a year", "a month", "annually", "per week"): "Y", "MO", "W", "D", "H", or "".
	Per   string
	Date  Date // for KindDate
	Score [2]int

	Range     int32 // mentions of one range ("between 10 and 12") share a non-zero id within a scan
	Kind      Kind  //
	Mod       Mod   //
	Relative  bool  // a date resolved from a relative expression ("on Friday", "yesterday")
	Ambiguous bool  // e.g. "02/06/2026" whose day/month order could not be decided: never compare
}

// ScanContext is what a scan needs to resolve relative values.
type ScanContext struct {
	// Published is the publication date of the document; zero if unknown,
	// in which case relative dates are not returned.
	Published time.Time
	// DayFirst decides numeric dates like 02/06/2026: 1 day-first,
	// -1 month-first, 0 unknown (ambiguous ones are marked Ambiguous).
	DayFirst int
}
