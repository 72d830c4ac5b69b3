package extract

// role is the part a function word plays for the rules; the words of each
// role are listed in schema/words.tsv.
type role uint8

const (
	roleAdverb role = iota
	roleApproximate
	roleConjunction
	roleDemonstrative
	roleFirstPerson
	roleHappening
	roleModal
	roleNegation
	roleNonEntity
	roleOrdinal
	rolePeriod
	rolePronoun
	roleQuantifier
	roleRelative
	roleRelDay
	roleSide
	roleSpeech
	roleTheme
	roleVenue
	roleWeekday
)

// roleNames maps the role column of words.tsv to roles.
var roleNames = map[string]role{
	"adverb": roleAdverb, "approximate": roleApproximate, "conjunction": roleConjunction, "demonstrative": roleDemonstrative,
	"firstperson": roleFirstPerson, "happening": roleHappening, "modal": roleModal, "negation": roleNegation,
	"nonentity": roleNonEntity, "ordinal": roleOrdinal, "period": rolePeriod, "pronoun": rolePronoun,
	"quantifier": roleQuantifier, "relative": roleRelative, "relday": roleRelDay, "side": roleSide,
	"speech": roleSpeech, "theme": roleTheme, "venue": roleVenue, "weekday": roleWeekday,
}
