// Package claims reads checkable statements out of a Document: values
// (dates, counts, percentages, money, durations, quantities, tallies) with
// what they measure, quotes with their speakers, the titles people are given,
// and statements that are denied or ruled out. It never fails on content:
// text that cannot be read as a claim yields none.
package claims

import (
	"time"

	"github.com/claimdiff/claimdiff/article"
)

// Type is the type of a claim.
type Type uint8

// Claim types.
const (
	TypeValue Type = iota // a value about an event or attribute
	TypeQuote             // a quotation with its speaker
	TypeRole              // a title or affiliation given to a person
	TypeProp              // a statement, possibly negated ("denied that X")
	TypePlace             // where an event happened ("the fire broke out at the Kessler mill")
)

// Claim is one checkable statement of a document.
type Claim struct {
	Doc  *article.Document
	Sent int          // index of the (first) evidence sentence in Doc.Sentences
	Span article.Span // the evidence: the sentence(s), in Doc.Text

	// Value claims.
	Value     Mention      // offsets are into Doc.Text
	ValueSpan article.Span // the value's own words
	Key       string       // event or attribute key from the lexicon ("killed", "tariff"); "n:noun" when only a counted noun anchors it
	Counted   string       // class of the counted noun ("people", "jobs"), or the noun itself
	Head      string       // the words that name what the value measures, for explanations
	// Ents are the entity keys the claim names: nil when it names none (most
	// claims), read through Subject, Persons, Agents and Qualifier.
	Ents *EntityParts
	Time *Date // the time of the event when the sentence dates it apart from the value itself

	// Type-specific parts: a claim of the type always has its part, and
	// no other claim has it (nil); the part's fields read as the claim's
	// own (c.Quote), so read them only on a claim of the type. They keep
	// the claim small: a corpus holds far more values than quotes.
	*QuoteParts // TypeQuote
	*RoleParts  // TypeRole
	*PropParts  // TypeProp
	*PlaceParts // TypePlace

	// The type and the flags, side by side (one word).
	Type Type
	// Value claims.
	Weak      bool // the key is a weak one (a counted noun or a change verb only)
	Update    bool // stated as an update ("rose to 14", "had put the toll at 12")
	Increment bool // "two more": not a total
	// Every claim.
	Hedged  bool // reportedly, could, may, whether, a question
	Negated bool // not, never, denied
	Quoted  bool // the value stands inside a quotation
	Pinned  bool // a fact pinned by the team in the config, not an article's claim
}

// EntityParts are the entity keys of a value claim (raw; canonicalised by
// compare). A claim that names no entity has none (Claim.Ents is nil).
type EntityParts struct {
	Subject   []string // entity keys of the clause
	Persons   []string // the subjects that are people: two claims about different people never align
	Agents    []string // the names that do what the key says ("Rival Kestrel Drives announced 2,000 job cuts")
	Qualifier []string // entity keys of a prepositional phrase on the value ("on Indian goods", "at Tollbridge")
}

// Subject returns the entity keys of the claim's clause (nil when none).
func (c *Claim) Subject() []string {
	if c.Ents == nil {
		return nil
	}
	return c.Ents.Subject
}

// Persons returns the subjects that are people (nil when none).
func (c *Claim) Persons() []string {
	if c.Ents == nil {
		return nil
	}
	return c.Ents.Persons
}

// Agents returns the names that do what the key says (nil when none).
func (c *Claim) Agents() []string {
	if c.Ents == nil {
		return nil
	}
	return c.Ents.Agents
}

// Qualifier returns the entity keys of a prepositional phrase on the value
// (nil when none).
func (c *Claim) Qualifier() []string {
	if c.Ents == nil {
		return nil
	}
	return c.Ents.Qualifier
}

// QuoteParts are the parts of a quote claim.
type QuoteParts struct {
	Speaker     string   // who says so: an entity key ("" when unknown)
	Quote       string   // the words inside the quotation marks, verbatim
	SpeakerName string   // the speaker's name as written
	Words       []string // content stems of the quote
	Seq         []string // every word of the quote, lower-cased, in order
	Context     []string // content stems of the words around the quote (the occasion)
}

// RoleParts are the parts of a role claim.
type RoleParts struct {
	Person string   // the person: an entity key
	Org    string   // an explicit affiliation ("for Aurelia Air"): an entity key, "" when none
	Title  string   // the title as written ("Deputy Fire Chief")
	Heads  []string // title head words, normalised ("chief", "secretary")
	Rank   []string // rank words ("deputy", "acting")
	// PersonName and OrgName are the names as written.
	PersonName, OrgName string
}

// PlaceParts are the parts of a place claim (the event uses Key, Counted
// and Time).
type PlaceParts struct {
	Place     string // the entity key of the place
	PlaceName string // its name as written
}

// PropParts are the parts of a statement.
type PropParts struct {
	Prop     []string // content stems of the proposition (verb first)
	PropText string   // the negated statement as written ("did not rule out using the army")
}

// Options configure extraction.
type Options struct {
	Lexicon *Lexicon // nil: the built-in lexicon
}

// Published returns the publication date of the claim's document.
func (c *Claim) Published() time.Time { return c.Doc.Published }

// Text returns the evidence text, white space folded.
func (c *Claim) Text() string {
	return foldSpace(c.Doc.Text[c.Span.Start:c.Span.End])
}

// foldSpace folds runs of white space (line breaks included) into one space
// and trims the ends; invalid UTF-8 becomes U+FFFD.
func foldSpace(b []byte) string {
	out := make([]rune, 0, len(b))
	space := false
	for _, r := range string(b) {
		switch r {
		case ' ', '\t', '\n', '\r', '\v', '\f', '\u00a0':
			space = true
			continue
		}
		if space && len(out) > 0 {
			out = append(out, ' ')
		}
		space = false
		out = append(out, r)
	}
	return string(out)
}
