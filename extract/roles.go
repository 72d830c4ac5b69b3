package extract

// role is the part a function word plays for the rules; the words of each
// role are listed in schema/words.tsv.
type role uint8

const (
	roleAdverb role = iota
	roleApproximate
	roleConjunction
	roleFirstPerson
	roleModal
	roleNegation
	roleNonEntity
	rolePronoun
	roleQuantifier
	roleRelative
	roleRelDay
	roleSpeech
	roleVenue
	roleWeekday
)

// roleNames maps the role column of words.tsv to roles.
var roleNames = map[string]role{
	"adverb": roleAdverb, "approximate": roleApproximate, "conjunction": roleConjunction, "firstperson": roleFirstPerson,
	"modal": roleModal, "negation": roleNegation, "nonentity": roleNonEntity,
	"pronoun": rolePronoun, "quantifier": roleQuantifier, "relative": roleRelative,
	"relday": roleRelDay, "speech": roleSpeech, "venue": roleVenue, "weekday": roleWeekday,
}
