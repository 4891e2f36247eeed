package compare

import (
	"math"
	"strings"
	"time"

	"github.com/claimdiff/claimdiff/claims"
)

// interval is the set of values a claim allows, in a canonical unit of its
// family: counts, percent points, currency amounts a year, seconds, SI
// units, days since the epoch.
type interval struct {
	lo, hi float64
	sharp  bool // an exact figure, not an approximation or a bound
}

func (a interval) overlaps(b interval) bool {
	return a.lo <= b.hi && b.lo <= a.hi
}

// family returns the comparison family of a value ("" when not compared),
// so that only like values meet: money in a rate with money in a rate,
// lengths with lengths.
func family(m claims.Mention) string {
	switch m.Kind {
	case claims.KindNumber:
		return "number"
	case claims.KindPercent, claims.KindFraction:
		return "ratio"
	case claims.KindMoney:
		if m.Per != "" {
			return "money/rate"
		}
		return "money"
	case claims.KindDuration:
		return "duration"
	case claims.KindDate:
		if m.Ambiguous || m.Date.Prec == claims.PrecNone {
			return ""
		}
		return "date"
	case claims.KindQuantity:
		if d := unitDim(m.Unit); d != "" {
			return "quantity/" + d
		}
		return ""
	case claims.KindScore:
		return "score"
	case claims.KindAge:
		return "age"
	}
	return ""
}

// units: factor to the SI base unit of the dimension.
var units = map[string]struct {
	dim    string
	factor float64
}{
	"m": {"length", 1}, "km": {"length", 1000}, "cm": {"length", 0.01}, "mm": {"length", 0.001},
	"ft": {"length", 0.3048}, "in": {"length", 0.0254}, "mi": {"length", 1609.344}, "yd": {"length", 0.9144},
	"ha": {"area", 10000}, "acre": {"area", 4046.8564224}, "km2": {"area", 1e6}, "m2": {"area", 1}, "sq mi": {"area", 2589988.11},
	"l": {"volume", 0.001}, "m3": {"volume", 1}, "gal": {"volume", 0.00378541},
	"kg": {"mass", 1}, "g": {"mass", 0.001}, "t": {"mass", 1000}, "lb": {"mass", 0.45359237}, "tonne": {"mass", 1000},
	"mph": {"speed", 0.44704}, "km/h": {"speed", 1 / 3.6},
}

func unitDim(u string) string { return units[u].dim }

// durations in seconds per unit
var durUnits = map[string]float64{
	"Y": 365.25 * 86400, "MO": 30.4375 * 86400, "W": 7 * 86400, "D": 86400, "H": 3600, "MIN": 60, "S": 1,
}

var perYear = map[string]float64{"Y": 1, "MO": 12, "W": 52, "D": 365, "H": 365 * 24}

// Tolerances widen value comparison.
type Tolerances struct {
	Relative float64 // extra relative tolerance for exact figures
	Approx   float64 // half-width of "about" (0 means 0.10)
}

// tolInterval returns the interval of a claim's value.
func tolInterval(m claims.Mention, tolr Tolerances) interval {
	approx := tolr.Approx
	if approx == 0 {
		approx = 0.1
	}
	x := m.Num
	switch m.Kind {
	case claims.KindFraction:
		x *= 100
	case claims.KindMoney:
		if m.Per != "" {
			x *= perYear[m.Per]
		}
	case claims.KindDuration:
		x *= durUnits[m.Unit]
	case claims.KindQuantity:
		x *= units[m.Unit].factor
	case claims.KindScore:
		x = float64(m.Score[0]*1000 + m.Score[1])
		return interval{x, x, true}
	case claims.KindDate:
		lo, hi := dateRange(m.Date)
		iv := interval{lo, hi, true}
		switch m.Mod {
		case claims.ModApprox:
			iv.lo -= 366
			iv.hi += 366
			iv.sharp = false
		case claims.ModMore, claims.ModMin: // "after 2020", "since"
			iv.hi = math.Inf(1)
			iv.sharp = false
		case claims.ModLess, claims.ModMax:
			iv.lo = math.Inf(-1)
			iv.sharp = false
		}
		return iv
	}
	tol := roundingTolerance(m)*scaleOf(m) + math.Abs(x)*tolr.Relative
	iv := interval{x - tol, x + tol, true}
	switch m.Mod {
	case claims.ModApprox:
		d := math.Max(math.Abs(x)*approx, tol)
		iv = interval{x - d, x + d, false}
	case claims.ModLess: // nearly, almost, fewer than, under
		iv = interval{x * 0.8, x + tol, false}
	case claims.ModMore: // more than, over, above
		iv = interval{x - tol, x * 1.35, false}
		if m.Kind == claims.KindNumber {
			// a count of one significant digit is rounded down at that
			// digit: "more than 200" holds for 285, as "more than 1,100"
			// for 1,150
			iv.hi = math.Max(iv.hi, x+leadingUnit(x))
		}
	case claims.ModMin: // at least
		iv = interval{x - tol, x * 2.5, false}
	case claims.ModMax: // at most, up to
		iv = interval{0, x + tol, false}
	}
	// numbers written in another unit system: allow for conversion rounding
	if m.Kind == claims.KindQuantity && (m.Unit == "ft" || m.Unit == "mi" || m.Unit == "in" || m.Unit == "yd" || m.Unit == "acre" || m.Unit == "lb" || m.Unit == "gal" || m.Unit == "mph") {
		iv.lo -= math.Abs(x) * 0.1
		iv.hi += math.Abs(x) * 0.1
	}
	return iv
}

// leadingUnit returns the place value of the last non-zero digit of a
// whole number (100 for 200 and for 1,100; 1 for 285), 0 for others.
func leadingUnit(x float64) float64 {
	if x < 1 || x != math.Trunc(x) || x > 1e15 {
		return 0
	}
	u := 1.0
	for math.Mod(x, u*10) == 0 {
		u *= 10
	}
	return u
}

// scaleOf converts a tolerance in the written unit to the canonical unit.
func scaleOf(m claims.Mention) float64 {
	switch m.Kind {
	case claims.KindFraction:
		return 100
	case claims.KindMoney:
		if m.Per != "" {
			return perYear[m.Per]
		}
	case claims.KindDuration:
		return durUnits[m.Unit]
	case claims.KindQuantity:
		return units[m.Unit].factor
	}
	return 1
}

// roundingTolerance is half a unit of the last written digit when the value
// was written with a scale word ("4.5 million" covers 4.45 to 4.55
// million), and zero for exact figures.
func roundingTolerance(m claims.Mention) float64 {
	t := strings.ToLower(m.Text)
	scaled := false
	for _, w := range []string{"million", "billion", "trillion", "thousand", "bn", "mn"} {
		if strings.Contains(t, w) {
			scaled = true
		}
	}
	if !scaled {
		// "4.5m", "£46m", "120k"
		for i := 0; i+1 < len(t); i++ {
			if t[i] >= '0' && t[i] <= '9' && (t[i+1] == 'm' || t[i+1] == 'k' || t[i+1] == 'b') && (i+2 == len(t) || t[i+2] == ' ') {
				scaled = true
			}
		}
	}
	if m.Kind == claims.KindFraction {
		return 0.005
	}
	if !scaled {
		if m.Num != math.Trunc(m.Num) {
			// a decimal figure: half a unit of its last decimal place
			s := m.Norm
			if i := strings.IndexByte(s, '.'); i >= 0 {
				j := i + 1
				for j < len(s) && s[j] >= '0' && s[j] <= '9' {
					j++
				}
				return 0.5 * math.Pow(10, -float64(j-i-1))
			}
		}
		return 0
	}
	// count the trailing zeros of the integer part of the number
	n := math.Abs(m.Num)
	z := 0.0
	for n >= 10 && math.Mod(n, 10) == 0 {
		n /= 10
		z++
	}
	return 0.5 * math.Pow(10, z)
}

// dateRange returns the days [lo, hi] since the epoch that a date covers.
func dateRange(d claims.Date) (float64, float64) {
	start := d.Time()
	var end time.Time
	switch d.Prec {
	case claims.PrecYear:
		end = start.AddDate(1, 0, 0)
	case claims.PrecMonth:
		end = start.AddDate(0, 1, 0)
	default:
		end = start.AddDate(0, 0, 1)
	}
	day := func(t time.Time) float64 { return float64(t.Unix()) / 86400 }
	return day(start), day(end) - 0.5
}

// compatible reports whether two values of one family can both be true.
func compatible(a, b claims.Mention, t Tolerances) bool {
	if a.Kind == claims.KindMoney && b.Kind == claims.KindMoney && a.Unit != b.Unit {
		return false // no exchange rates: $80 million and 80 million euros disagree
	}
	return tolInterval(a, t).overlaps(tolInterval(b, t))
}
