// Package morph strips Indonesian affixes so that cue words match by root:
// "menghadiri", "dihadiri", "kehadiran" and "hadir" all analyse to the root
// "hadir".
//
// Indonesian prefixes assimilate (meN- becomes mem-, men-, meng-, meny- and
// drops the root's first consonant p, t, k, s), so one word can have several
// plausible roots. Analyze returns every candidate and lets the caller keep the
// one its lexicon knows; that keeps the analyser free of a dictionary.
package morph
