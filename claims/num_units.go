package claims

// unitMatch is a quantity unit found after an amount.
type unitMatch struct {
	sym string // normalized symbol
	end int    // index after the unit words
}

// quantityUnitAt recognizes a quantity unit starting at token j:
// "metres", "km", "cubic metres", "square miles", "degrees Celsius",
// "°C", "km/h".
func (s *scanner) quantityUnitAt(j int) (unitMatch, bool) {
	if s.punct(j, "°") {
		if s.isWord(j+1) && s.adj(j+1) {
			switch string(s.lw(j + 1)) {
			case "c":
				return unitMatch{"°C", j + 2}, true
			case "f":
				return unitMatch{"°F", j + 2}, true
			}
		}
		return unitMatch{"°", j + 1}, true
	}
	if !s.isWord(j) {
		return unitMatch{}, false
	}
	w := string(s.lw(j))
	switch w {
	case "square", "sq", "cubic", "cu":
		k := j + 1
		if s.punct(k, ".") && s.adj(k) {
			k++
		}
		if s.isWord(k) {
			if u, ok := get2(fQuantityUnits, s.lw(k)); ok {
				switch u {
				case "m", "km", "mi", "ft", "cm", "yd":
					if w == "cubic" || w == "cu" {
						return unitMatch{u + "3", k + 1}, true
					}
					return unitMatch{u + "2", k + 1}, true
				}
			}
		}
		return unitMatch{}, false
	case "degrees", "degree":
		if s.isWord(j + 1) {
			switch string(s.lw(j + 1)) {
			case "celsius", "centigrade":
				return unitMatch{"°C", j + 2}, true
			case "fahrenheit":
				return unitMatch{"°F", j + 2}, true
			case "c":
				if s.toks[j+1].up {
					return unitMatch{"°C", j + 2}, true
				}
			case "f":
				if s.toks[j+1].up {
					return unitMatch{"°F", j + 2}, true
				}
			}
		}
		return unitMatch{"°", j + 1}, true
	}
	u, ok := get2(fQuantityUnits, w)
	if !ok {
		return unitMatch{}, false
	}
	if w == "m" && s.toks[j].up {
		return unitMatch{}, false // "5 M" is no metre
	}
	v := val{unit: u, j: j + 1}
	v = s.unitTail(v)
	return unitMatch{v.unit, v.j}, true
}

// unitTail extends a quantity unit: "km/h", "km²", "m³", "miles per hour".
func (s *scanner) unitTail(v val) val {
	j := v.j
	switch v.unit {
	case "km", "m", "mi", "ft", "cm":
		if v.unit == "km" && s.punct(j, "/") && s.adj(j) && s.word(j+1, "h") && s.adj(j+1) {
			v.unit, v.j = "km/h", j+2
			return v
		}
		if s.punct(j, "²") && s.adj(j) {
			v.unit, v.j = v.unit+"2", j+1
			return v
		}
		if s.punct(j, "³") && s.adj(j) {
			v.unit, v.j = v.unit+"3", j+1
			return v
		}
		if (s.word(j, "per") || s.word(j, "an") || s.word(j, "a")) && s.word(j+1, "hour") {
			switch v.unit {
			case "km":
				v.unit, v.j = "km/h", j+2
			case "mi":
				v.unit, v.j = "mph", j+2
			}
		}
	}
	return v
}
