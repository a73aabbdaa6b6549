<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="en">
<context>
    <name>AnkiImportDialog</name>
    <message>
        <source>Bring progress back from Anki</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring back the reviews you made in Anki (for example on AnkiDroid) of the cards studyapp exported. In Anki, choose File › Export, “Anki Deck Package (*.apkg)” with “Include scheduling information” ticked; or choose Anki's collection file (collection.anki2 in Anki's profile folder) after closing Anki. Reviews studyapp already has are not added again, and each card's schedule is worked out again from its whole history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anki files (*.apkg *.colpkg *.anki2);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {path}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read {path}: {notes} of the notes studyapp exported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{added} reviews from Anki added ({present} were already here); {cards} cards rescheduled from their whole history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing new: all {present} reviews in the file are already in your progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} notes belong to facts that are no longer in your decks; their reviews were left out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} cards are of a kind studyapp does not show; their reviews are kept until you switch that kind on in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AttemptDialog</name>
    <message>
        <source>Quiz of {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score: {right} of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The questions and your answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question was answered.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(this fact is no longer in its deck)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <source>Backups of your progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studyapp backs up your progress every 30 minutes while you study and when you quit, and keeps those of today and yesterday, then one a day, a week and a month. Restoring one replaces your progress with it; your progress as it is now is backed up first, so nothing is lost.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards (studied)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quizzes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backups, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading the backups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no backups yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{cards} ({studied})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>none yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Backed up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restore this backup?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace your progress with the backup of {when}? It holds {reviews} reviews of {cards} cards.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What you did since then is not lost: your progress as it is now is backed up first, and you can restore it from this list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Replace my progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup was not restored: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Restored the backup of {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress as it was is the newest backup in the list.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress as it was could not be read; it was kept as {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>BrowseScreen</name>
    <message>
        <source>Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Make this fact's cards new again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this fact's cards out of reviews</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search in 繁體 or 简体 (Ctrl+F)…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed or not</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Disputed only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undisputed only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Any state</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (%2) — reason: %3</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reported questions (%1): not asked again</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>of {total}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsuspend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No fact matches the search.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reverse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Relearning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>suspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due {when}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{reps} reviews, {lapses} lapses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reset this fact?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its cards become new again. The review history is kept.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CustomStudyDialog</name>
    <message>
        <source>Custom study: {deck}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study beyond today's plan. What you answer here is scheduled as usual.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study &amp;more new cards today:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More new cards today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Days ahead</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More reviews today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review &amp;ahead, cards due in the next days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review today's &amp;forgotten cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review more cards &amp;today:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start studying</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n new card(s) in this deck beyond today's limit.</source>
        <translation>
            <numerusform>%n new card in this deck beyond today's limit.</numerusform>
            <numerusform>%n new cards in this deck beyond today's limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due in those days, before their day.</source>
        <translation>
            <numerusform>%n card due in those days, before their day.</numerusform>
            <numerusform>%n cards due in those days, before their day.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) you answered Again today, once more.</source>
        <translation>
            <numerusform>%n card you answered Again today, once more.</numerusform>
            <numerusform>%n cards you answered Again today, once more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n card(s) due today beyond the deck's review limit.</source>
        <translation>
            <numerusform>%n card due today beyond the deck's review limit.</numerusform>
            <numerusform>%n cards due today beyond the deck's review limit.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DeckOptionsDialog</name>
    <message>
        <source>Options: {deck}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deck, each day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Help me decide: workload and retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Maximum reviews per day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New-card &amp;order:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One topic at a time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Random</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use the &amp;defaults</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deck follows the defaults in Settings.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deck has options of its own.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Simulating a year of %n card(s)…</source>
        <translation>
            <numerusform>Simulating a year of %n card…</numerusform>
            <numerusform>Simulating a year of %n cards…</numerusform>
        </translation>
    </message>
    <message>
        <source>The simulation failed: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecksScreen</name>
    <message>
        <source>Decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks and their cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mastery</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review the selected deck (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study &amp;all decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Options…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New cards and reviews per day, desired retention, order of new cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{mature} of {cards} cards mature, {young} young</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress is not available, so nothing can be studied right now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress is open read-only: you can browse and take quizzes, but reviewing needs saving.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n deck file(s) could not be read; run “studyapp check” to see why.</source>
        <translation>
            <numerusform>%n deck file could not be read; run “studyapp check” to see why.</numerusform>
            <numerusform>%n deck files could not be read; run “studyapp check” to see why.</numerusform>
        </translation>
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftEditor</name>
    <message>
        <source>Statement (select words in it to make them the answer):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Use selection as answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer type:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unit:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply changes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name (person, organization, …)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Year</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Text</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quotation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Repeats a fact in deck {deck}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Agrees with {source}'s claim in a known disagreement (deck {deck}):</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>May disagree with a fact in deck {deck}:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answer: {answer}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>show</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DraftList</name>
    <message>
        <source>cannot be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>repeats a fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>may disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>held back: likely poor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>accepted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rejected</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditFactDialog</name>
    <message>
        <source>Edit the fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fact as your deck “{deck}” keeps it (in {script} characters). Its cards keep their review history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Statement:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Gist:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>a few words for the Match game (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>shown with the answer (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the words marked {{…}} in the statement</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{answer}: the words marked {{{{…}}}} must still say it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement, the answer marked with braces</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gist</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The details were saved to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The details could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something unexpected went wrong: {what}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studyapp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress up to the last answer is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full: {path} could not be written. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studyapp is not allowed to write there ({path}). Choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is on a read-only disk. Choose another place.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be written: the folder {folder} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder. Choose a file name.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} could not be written: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not a file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a regular file (it is a pipe, device or socket); only files can be imported.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} cannot be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is larger than {limit} MB, the limit for an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a text file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is damaged: it starts like {encoding} but is not.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has no text to learn from.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts file {path} is too large to be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The drafts file {path} cannot be read: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a drafts file of studyapp ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{deck}” is not a deck id: use lower-case letters, digits, '.', '_' or '-'.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{deck}” is a built-in deck. Choose another id for your deck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A fact's id never changes: its review history hangs on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No draft is accepted yet: accept the facts to keep (A), then save.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck would not be valid, so it was not saved:
{problems}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} exists and is not a valid deck; it was not overwritten:
{problems}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} holds the deck “{found}”, not “{deck}”; it was not overwritten.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer cannot be empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The answer must be a part of the statement, exactly as written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No question can be made without giving the answer away; write one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question cannot be empty: write one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The statement must mark its answer exactly once, as {{{{…}}}}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The question gives its answer away (“{answer}”): reword it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no topic “{topic}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This draft would not be a valid fact:
{problems}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A year answer must be the year's digits, such as 2016.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A date answer must contain a year and a month, such as 2024 年 12 月.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A number answer must contain a number.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{span}” is not a name in any deck's registry; choose text instead.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export: no card kind is chosen.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing to export: the chosen decks have no facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a file from Anki. Choose a package Anki exported (.apkg, .colpkg) or Anki's collection file (collection.anki2).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} was written by a newer Anki than studyapp can read. In Anki, export it again with “Support older Anki versions” ticked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is damaged and cannot be read ({reason}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anki is using {path}. Close Anki and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has none of the notes studyapp exported from your decks, so there is no progress to bring back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} has no learning progress. In Anki, export again with “Include scheduling information” ticked. (If you have not reviewed these cards in Anki yet, there is nothing to bring back.)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was cancelled; your progress was not changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not an Anki package name: the file name must end in .apkg.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is inside studyapp's data folder ({folder}), where your progress and decks live. Choose another folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is read-only, so it was not overwritten. Choose another file.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup could not be put in place ({reason}); your progress was left as it was.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} is damaged ({detail}). studyapp left it exactly as it was and will not write to it. You can still browse the decks; to study again, restore a backup from {backups}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is in none of the supported encodings (UTF-8, UTF-16, GB18030, Big5).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} was written by a newer version of studyapp (schema {found}; this version reads up to {supported}). It was left untouched; update studyapp to study with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} is from an older studyapp (schema {found}, now {supported}); start the app once to bring it up to date.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studyapp is already running and is using your progress file {path}. Switch to that window, or close it and start studyapp again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no study progress at {path} yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a studyapp progress file ({detail}). studyapp left it exactly as it was. Move it away to start new progress, or restore a backup from {backups}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is a folder, not your progress file. studyapp left it as it is; move it away and start studyapp again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full, so your progress file {path} could not be written. Everything saved before is safe; free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk reported an error reading or writing your progress file {path} ({detail}). studyapp did not change the file; check that the drive is connected and working, then try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Another program is using your progress file {path} and keeps it locked. Close that program (a database browser, a sync or backup tool) and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} could not be opened ({detail}). It was left as it is; check that the file and its folder can be read.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} is read-only, so studyapp opened it only for reading. To study and save again, make the file writable and start studyapp again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The data folder {folder} is read-only, so your progress (if any) was opened only for reading. Make the folder writable, or start studyapp with another data folder.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress file {path} has become read-only and could not be written. Everything saved before is safe; make it writable and start studyapp again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress is open read-only here; nothing is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This card ({card}) is no longer in your progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quiz attempt ({attempt}) no longer exists.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no answer to undo.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>That answer can no longer be undone: the card was changed since (for example reset).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A backup could not be written to {folder}: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The backup {path} does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a usable backup: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{path} is not a progress file of studyapp.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A file or folder is missing: {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The disk is full. Free some space and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The computer reported a problem with a file: {reason}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export to Anki</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card kinds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question → answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Let Anki read the Chinese aloud (text to speech)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Include my progress (review history and scheduling), so Anki continues</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional and Simplified (two decks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In Anki, tick “Import any learning progress” when importing. Anki takes the progress only for cards it does not have yet: cards already in your Anki keep Anki's schedule.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>With both scripts, the progress goes with the {script} cards (the script you study); the others start as new.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Anki package (*.apkg)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards, {studied} of them studied, with {reviews} reviews) to {path}. Open it in Anki with File › Import and tick “Import any learning progress”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Exported {notes} notes ({cards} cards) to {path}. Open it in Anki with File › Import.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The export failed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelling…</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>FlashcardAnswer</name>
    <message>
        <source>Show the answer (Space)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>1   I knew it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>2   I didn't know</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>HistoryView</name>
    <message>
        <source>Quiz history</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Setup</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scores over time</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No finished quizzes yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Open this quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Its questions, your answers and the right ones (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Past quizzes, newest first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is unavailable: no history to show.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n topic(s)</source>
        <translation>
            <numerusform>%n topic</numerusform>
            <numerusform>%n topics</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 s per question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s for the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>no time limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>due and weak first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>retry of mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen facts</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n question(s)</source>
        <translation>
            <numerusform>%n question</numerusform>
            <numerusform>%n questions</numerusform>
        </translation>
    </message>
    <message>
        <source>(not finished)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <source>Import an article</source>
        <extracomment>Accepted drafts the last save found invalid: why, in the reader's language.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accept (A)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reject (R)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undecided (U)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck name:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck id</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Draft facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Deck id:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Save deck</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafts a careful reader would likely find poor or wrong are held back. Show them too; Ctrl+Z hides them again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Close</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an article (.md, .txt or .html) to draft facts from it. Sentences with a date, a number, a name or a quotation become draft facts; keep the ones worth learning.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open an article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Articles (*.md *.markdown *.txt *.text *.html *.htm *.xhtml);;Drafts from studyapp import (*.json);;All files (*)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Drafting the held-back drafts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more draft(s) shown: a careful reader would likely find them poor or wrong. Ctrl+Z hides them again.</source>
        <translation>
            <numerusform>%n more draft shown: a careful reader would likely find them poor or wrong. Ctrl+Z hides them again.</numerusform>
            <numerusform>%n more drafts shown: a careful reader would likely find them poor or wrong. Ctrl+Z hides them again.</numerusform>
        </translation>
    </message>
    <message>
        <source>{count} draft facts from “{title}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No facts could be drafted from “{title}”: no sentence in it states something to ask about (a line without a full stop is read as a heading).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n more held back as likely poor: “Show held-back drafts” brings them in.</source>
        <translation>
            <numerusform>%n more held back as likely poor: “Show held-back drafts” brings them in.</numerusform>
            <numerusform>%n more held back as likely poor: “Show held-back drafts” brings them in.</numerusform>
        </translation>
    </message>
    <message>
        <source>Facts already in your deck “{deck}” are shown as accepted; editing them keeps their review history.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} earlier decisions were kept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article could not be imported</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article could not be turned into drafts.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Show %n held-back draft(s)</source>
        <translation>
            <numerusform>Show %n held-back draft</numerusform>
            <numerusform>Show %n held-back drafts</numerusform>
        </translation>
    </message>
    <message>
        <source>{accepted} accepted · {rejected} rejected · {pending} pending</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck exists already; its name stays.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: accept.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: reject.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: undecided.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: edit.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: deck change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undone: the held-back drafts are hidden again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edited; Ctrl+Z undoes it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Statement: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources: {text}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{deck} / {fact}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The deck was not saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A deck id is made of lower-case letters, digits, '.', '_' or '-' and starts with a letter or a digit, such as import-my-article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{id}” is a built-in deck. Choose another id for your deck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article is needed to add its facts to “{id}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Comparing with your deck “{id}”…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Saved {count} facts to your deck “{title}” ({path}).</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n accepted draft(s) cannot be saved as they are (marked ⚠ in the list). Fix them, or leave them out and save the others.</source>
        <translation>
            <numerusform>%n accepted draft cannot be saved as they are (marked ⚠ in the list). Fix them, or leave them out and save the others.</numerusform>
            <numerusform>%n accepted drafts cannot be saved as they are (marked ⚠ in the list). Fix them, or leave them out and save the others.</numerusform>
        </translation>
    </message>
    <message>
        <source>A draft cannot be saved</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{question}” cannot be saved as a fact: {why}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n other accepted draft(s) cannot be saved either.</source>
        <translation>
            <numerusform>%n other accepted draft cannot be saved either.</numerusform>
            <numerusform>%n other accepted drafts cannot be saved either.</numerusform>
        </translation>
    </message>
    <message>
        <source>Fix it</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Leave %n out and save the others</source>
        <translation>
            <numerusform>Leave %n out and save the others</numerusform>
            <numerusform>Leave %n out and save the others</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LearnScreen</name>
    <message>
        <source>Recognise</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recall</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Produce</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning question</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Each fact climbs three steps: recognise the answer among options, recall it in its sentence, then type it. A right answer moves the fact up; a wrong one moves it down and brings it back within %n question(s), asked anew. The round ends when every fact is at the top. Learning does not change your review schedule.</source>
        <translation>
            <numerusform>Each fact climbs three steps: recognise the answer among options, recall it in its sentence, then type it. A right answer moves the fact up; a wrong one moves it down and brings it back within %n question, asked anew. The round ends when every fact is at the top. Learning does not change your review schedule.</numerusform>
            <numerusform>Each fact climbs three steps: recognise the answer among options, recall it in its sentence, then type it. A right answer moves the fact up; a wrong one moves it down and brings it back within %n questions, asked anew. The round ends when every fact is at the top. Learning does not change your review schedule.</numerusform>
        </translation>
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics (none checked: all)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts per round:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Count my first answer to facts that are due as a review (FSRS)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume the round (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start a new round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Leave (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The round is kept: come back to go on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts of this round</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Round complete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next round (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose other facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A round is under way: %1 of %2 facts learned, %3 question(s) asked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose at least one deck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No facts to learn in these decks and topics.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 of %2 facts learned</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The round could not be saved, so it cannot be resumed: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers could not be counted as reviews: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Step %1 of 3 · %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learned: this fact is at the top.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Up to %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Back to %1; it comes back within %n question(s), asked anew.</source>
        <translation>
            <numerusform>Back to %1; it comes back within %n question, asked anew.</numerusform>
            <numerusform>Back to %1; it comes back within %n questions, asked anew.</numerusform>
        </translation>
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the round's end (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You learned %n fact(s) in %1 questions, with %2 mistakes.</source>
        <translation>
            <numerusform>You learned %n fact in %1 questions, with %2 mistakes.</numerusform>
            <numerusform>You learned %n facts in %1 questions, with %2 mistakes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n review(s) of due cards were recorded.</source>
        <translation>
            <numerusform>%n review of due cards were recorded.</numerusform>
            <numerusform>%n reviews of due cards were recorded.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your review schedule was not changed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Links</name>
    <message>
        <source>Link not opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This link is not a web address (http or https), so studyapp does not open it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open a web page</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open this address in your web browser?</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The decks could not be loaded.</source>
        <extracomment>The decks and the store are ready (emitted once).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Stats</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learn</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import article…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export to Anki…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Bring progress back from Anki…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back&amp;ups…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;About studyapp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Undo last rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch 繁 / 简</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the content in Traditional characters (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the content in Simplified characters (Ctrl+T)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Screens</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading decks…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo the last rating, bury or suspension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review: edit the fact (your own decks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review: bury the card until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review: suspend the card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review: red, orange, green, blue flag (again: no flag)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review: show the fact in Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (not on Review: flags)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks, Review, Quiz, Browse, Sources, Stats (everywhere)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learn, Read, Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Move between controls (a ring shows where you are)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export to Anki</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>About studyapp</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;studyapp {version}&lt;/h3&gt;&lt;p&gt;Study two Chinese articles about how Anthropic began: flashcards with FSRS scheduling, timed quizzes, the articles' disagreements side by side, and export to Anki.&lt;/p&gt;&lt;p&gt;Your progress is kept in {path}.&lt;/p&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space / Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show the answer; on the answer: Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again, Hard, Good, Easy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Switch between 繁 and 简</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search (in Browse)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import an article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress is open read-only</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You can browse the decks and take quizzes; nothing is saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress could not be opened</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>studyapp will run without saving progress until this is fixed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchView</name>
    <message>
        <source>Match</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All pairs matched!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Play again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A pair: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not a pair: one second more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Best: %1</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n wrong pair(s), one second added for each.</source>
        <translation>
            <numerusform>%n wrong pair, one second added for each.</numerusform>
            <numerusform>%n wrong pairs, one second added for each.</numerusform>
        </translation>
    </message>
    <message>
        <source>No wrong pairs.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No best time yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This deck has too few facts for a game.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Done in %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new best time!</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a tile, then its partner. The clock starts with your first click.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong pairs: %1 (one second each)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>MatchingAnswer</name>
    <message>
        <source>Check (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Pick an item on the left (1–%n), then its partner (A–…).</source>
        <translation>
            <numerusform>Pick an item on the left (1–%n), then its partner (A–…).</numerusform>
            <numerusform>Pick an item on the left (1–%n), then its partner (A–…).</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OrderingAnswer</name>
    <message>
        <source>Items to put in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Earliest first. Drag, or ↑/↓ to choose and Ctrl+↑/↓ to move; Enter checks.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Check (Enter)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PeopleScreen</name>
    <message>
        <source>People</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The chosen person</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz me on these facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-founders</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Others in the articles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Co-founder</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What each article says they said or did</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>[quote]</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Roles: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also written: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the articles name different people</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fact(s)</source>
        <translation>
            <numerusform>%n fact</numerusform>
            <numerusform>%n facts</numerusform>
        </translation>
    </message>
    <message>
        <source>(says nothing of them)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizFeedback</name>
    <message>
        <source>✓ Right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Time's up</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>— Not answered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>✗ Wrong</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(no answer)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This question follows %1.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I was right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report this question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answer: %1</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>QuizPage</name>
    <message>
        <source>No mistakes in your last quizzes: nothing to retry.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions can be made from these decks, topics and types.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No questions can be made from these facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is unavailable: this quiz was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This quiz could not be saved completely.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report this question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is wrong with this question? It will not be asked again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is unavailable: the report was not saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thank you: this question will not be asked again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is unavailable: mistakes cannot be sent to review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Could not update the cards: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None of your mistakes' cards could be added to Review.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Review now has %n card(s) of your mistakes, due today.</source>
        <translation>
            <numerusform>Review now has %n card of your mistakes, due today.</numerusform>
            <numerusform>Review now has %n cards of your mistakes, due today.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Due now: %n card(s) you had studied.</source>
        <translation>
            <numerusform>Due now: %n card you had studied.</numerusform>
            <numerusform>Due now: %n cards you had studied.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Learning now: %n new card(s), not counted toward today's new-card limit.</source>
        <translation>
            <numerusform>Learning now: %n new card, not counted toward today's new-card limit.</numerusform>
            <numerusform>Learning now: %n new cards, not counted toward today's new-card limit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left suspended: %n card(s).</source>
        <translation>
            <numerusform>Left suspended: %n card.</numerusform>
            <numerusform>Left suspended: %n cards.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>QuizWords</name>
    <message>
        <source>Flashcard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Multiple choice</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True or false</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Matching</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put in order</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Type the answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I knew it</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I didn't know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>True</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>False</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReadScreen</name>
    <message>
        <source>Read</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts of this passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review these</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bring these facts' cards forward and review them now</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz me on this passage</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No article to read yet. Import an article (Ctrl+I): its text is kept with your deck, and every sentence you keep as a fact is marked here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This fact has no place in an article.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 (outline)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The article as you imported it. Each sentence that holds a fact is coloured by how well you know it now; click one to see its facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This article is not shipped with studyapp. Here is its outline, section by section in the article's order, with the facts of each; click a section to see its facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the article</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fact(s) of this article are not marked in its text.</source>
        <translation>
            <numerusform>%n fact of this article are not marked in its text.</numerusform>
            <numerusform>%n facts of this article are not marked in its text.</numerusform>
        </translation>
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n section(s)</source>
        <translation>
            <numerusform>%n section</numerusform>
            <numerusform>%n sections</numerusform>
        </translation>
    </message>
    <message>
        <source>(no facts from this section)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Click a marked sentence or a section</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fact(s) in this sentence</source>
        <translation>
            <numerusform>%n fact in this sentence</numerusform>
            <numerusform>%n facts in this sentence</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ResultsView</name>
    <message>
        <source>Retry my mistakes</source>
        <extracomment>Whether a fact has a place in an article (then its item offers Show in article).</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every question and its answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score by question type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Add my mistakes to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The quiz's time ran out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ended after %1 of %2 questions.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By type</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By topic</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RetentionSpin</name>
    <message>
        <source>How likely you should be to remember a card when it comes back (0.90 = 90%).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The card</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Space or Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Take back the last rating (Ctrl+Z)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo last rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Custom study…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>More new cards, more reviews, review ahead or today's forgotten cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Undo rating</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit (E)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Bury (-)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put this card away until tomorrow</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspend (@)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep this card out of reviews until unsuspended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Flag (Ctrl+1–4)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Browse (B)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show this fact in Browse</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Red flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Orange flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Green flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Blue flag</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only the facts of your own decks can be edited here.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fact saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Buried until tomorrow. Ctrl+Z brings it back.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Suspended. Ctrl+Z brings it back; Browse can unsuspend it later.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unburied.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unsuspended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} min</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} h</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} d</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} mo</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} y</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Again</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Good</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Easy</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviewing is not available</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a deck to study</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All decks</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>review ahead, %n day(s)</source>
        <translation>
            <numerusform>review ahead, %n day</numerusform>
            <numerusform>review ahead, %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>today's forgotten cards</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{deck} · Custom study: {kind}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due {n}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{done} done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>What is this about?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This card's fact is no longer in its deck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Key {key}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Edit this fact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Source: {sources}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Custom study done</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is due now</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>You reviewed %n card(s) in this session.</source>
        <translation>
            <numerusform>You reviewed %n card in this session.</numerusform>
            <numerusform>You reviewed %n cards in this session.</numerusform>
        </translation>
    </message>
    <message>
        <source>A card you are learning comes back in {when}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your next reviews are due tomorrow.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Your next reviews are due in %n day(s), on {date}.</source>
        <translation>
            <numerusform>Your next reviews are due in %n day, on {date}.</numerusform>
            <numerusform>Your next reviews are due in %n days, on {date}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing else is scheduled yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Today's new cards are done; more come tomorrow.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RunView</name>
    <message>
        <source>Paused</source>
        <extracomment>Whether a fact has a place in an article (then the verdict offers Show in article). A topic's title in the current script (deck id, topic id): the line above the question, as a review card and an Anki card have it.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The clock is stopped. Press Esc or Resume to go on.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Resume (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>End the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I was right</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report this question…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Question %1 / %2</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Score: %1</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: progress is unavailable</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not saved: the progress file could not be written</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Pause (Esc)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>See the results (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Next question (Enter)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match each item with its partner.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Put these in order, earliest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 left</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Language and appearance</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Studying</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Interface &amp;language:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Study &amp;script:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reading &amp;font size:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired &amp;retention:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New cards per day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Maximum re&amp;views per day:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The defaults of every deck; a deck can have its own (Decks → Options…).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Balance the daily load</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Within the few days a review may move, put it on the day with the fewest reviews due, so that busy days do not pile up.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light days:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tue</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Thu</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fri</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sat</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Sun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light days get about half the reviews of other days.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Card kinds:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Question → answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fill in the &amp;blank</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Ans&amp;wer → question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Same as the computer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional characters (繁體)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified characters (简体)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fit the scheduler to your own answers, so cards come back when you are about to forget them. It needs at least {n} reviews.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>How it decides: new parameters are fitted on your earlier answers only and kept only if they predict your latest answers (the last quarter, held out) better than the current ones.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Your review log has %n answer(s).</source>
        <translation>
            <numerusform>Your review log has %n answer.</numerusform>
            <numerusform>Your review log has %n answers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>It learns from the answers to cards that came back on a later day: %n of them so far.</source>
        <translation>
            <numerusform>It learns from the answers to cards that came back on a later day: %n of them so far.</numerusform>
            <numerusform>It learns from the answers to cards that came back on a later day: %n of them so far.</numerusform>
        </translation>
    </message>
    <message>
        <source>Your answers span too few days to hold the latest back for a test; the current settings stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>log loss {before} with the current parameters, {after} fitted;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>RMSE {before} current, {after} fitted (lower is better).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fit predicts better: the scheduler now uses parameters fitted to all your answers.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fit did not succeed; the current parameters stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The fit does not predict better, so the current parameters stay.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Optimize my scheduler</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizing…</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Learned from %n review(s).</source>
        <translation>
            <numerusform>Learned from %n review.</numerusform>
            <numerusform>Learned from %n reviews.</numerusform>
        </translation>
    </message>
    <message>
        <source>That is not enough yet ({n} needed); the current settings stay.</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Tested on your %n latest answer(s), which the fit did not see:</source>
        <translation>
            <numerusform>Tested on your %n latest answer, which the fit did not see:</numerusform>
            <numerusform>Tested on your %n latest answers, which the fit did not see:</numerusform>
        </translation>
    </message>
    <message>
        <source>those of the last {days} days;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Optimizing failed: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SetupView</name>
    <message>
        <source>Timed quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decks</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None ticked: every topic.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Number of questions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Types</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All facts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due and weak first</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My last mistakes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Time limit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Per question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For the whole quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Seconds per question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for a plain answer; typed answers get half as long again, matching and ordering this long for every two pairs or items</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Feedback</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After each answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only at the end</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Start the quiz</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Match game</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Progress is unavailable, so this quiz will not be saved and “due and weak first” and “my last mistakes” ask about all facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your progress is open read-only, so this quiz will not be saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one deck.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Tick at least one question type.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SourcesScreen</name>
    <message>
        <source>Sources and where they disagree</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There are no decks yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Where the articles disagree</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>%n fact(s) are told differently. Each row shows what each article says.</source>
        <translation>
            <numerusform>%n fact is told differently. The row shows what each article says.</numerusform>
            <numerusform>%n facts are told differently. Each row shows what each article says.</numerusform>
        </translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>(does not say)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional (繁體)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified (简体)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Published {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>written in {script}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Author: {name}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Open the article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the video it summarises</source>
        <translation type="unfinished" />
    </message>
    <message numerus="yes">
        <source>Supports %n fact(s)</source>
        <translation>
            <numerusform>Supports %n fact</numerusform>
            <numerusform>Supports %n facts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>tells %n fact(s) differently</source>
        <translation>
            <numerusform>tells %n fact differently</numerusform>
            <numerusform>tells %n facts differently</numerusform>
        </translation>
    </message>
    <message>
        <source>{first}; {second}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topics covered:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StatsScreen</name>
    <message>
        <source>Statistics</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviews today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>reviews in all</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>cards studied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>days in a row</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>minutes today</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>answered correctly (12 weeks)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews per day (30 days)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Learning</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No reviews yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Due in the next 30 days</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing is scheduled yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention per week (review cards not forgotten)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention appears once cards come back for review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mastery per topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Mature</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Young</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No cards yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards due</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Answers</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Topic</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Story</name>
    <message>
        <source>Known well</source>
        <extracomment>(background, text) of each level: light tints with dark text, readable on either theme. A stronger colour of each level, for a dot beside a fact.</extracomment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Fading</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Weak</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Not studied yet</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>%1 · recall %2 %</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Traditional article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simplified article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles disagree:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in article</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TimelineScreen</name>
    <message>
        <source>Timeline</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Facts of the chosen event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every dated event of the deck on one axis, earliest first. ⚑ marks what the articles tell differently; where they give different dates, both are shown. Click an event (or use ↑/↓) to see its facts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show in article</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Quiz me on this event</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No deck has dated facts yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The articles disagree</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TrueFalseAnswer</name>
    <message>
        <source>T   True</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F   False</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TypedAnswer</name>
    <message>
        <source>Type the answer and press Enter</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your answer</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Submit</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I don't know</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>WorkloadView</name>
    <message>
        <source>How many reviews a day each desired retention would cost, and how many cards you would remember after a year: fsrs-rs's simulator plays a year of this deck, from new, with your own FSRS parameters and the limits above.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Help me decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Simulate a&amp;gain</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Chart</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Table</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Desired retention</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Minutes a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards remembered</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing simulated yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reviews a day (left)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cards remembered (right)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{retention}: {reviews} a day</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>chosen</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{n} of {cards}</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>