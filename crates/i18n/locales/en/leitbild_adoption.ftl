# The adoption of a Leitbild: sign-off by the leadership, publication, translations, poster.

## The sign-off through a personal link (/mitmachen/{token}/freigabe)
leitbild-signoff-title = Sign-off of the mission statement
leitbild-signoff-lead = The process team has put version { $number } of the mission statement up for sign-off. Please take your time to read it.
leitbild-signoff-older = You signed off version { $signed } on { $date }. Version { $offered } is now up for sign-off; your earlier sign-off stays on record for version { $signed }.
leitbild-signoff-heading = Your sign-off
leitbild-signoff-done = You signed off this version on
leitbild-signoff-explain = With your sign-off you confirm this text as a member of the leadership. Your name and the time are recorded and visible to the process team.
leitbild-signoff-as = Sign-off by { $name }
leitbild-signoff-submit = I sign off this version
leitbild-signoff-adopted = This version has been adopted.
leitbild-signoff-nothing = No version is up for sign-off at the moment. The process team will let you know when it is time.
leitbild-signoff-refused-unknown-title = This link is not valid
leitbild-signoff-refused-unknown-text = This participation link does not exist or no longer works: it may have been replaced by a new one or withdrawn.
leitbild-signoff-refused-department-title = Sign-off only with a personal link
leitbild-signoff-refused-department-text = This is a department's link. The members of the leadership sign off the mission statement, each through their personal link.
leitbild-signoff-refused-not-leader-title = Sign-off by the leadership only
leitbild-signoff-refused-not-leader-text = Only the members of the leadership sign off the mission statement. Your voice still counts: comment on and support the drafts through your participation link.
leitbild-signoff-refused-help = If you have questions, please contact your administration's process team. Nothing has been recorded.
flash-leitbild-signed = Your sign-off has been recorded. Thank you!
flash-leitbild-signed-adopted = Your sign-off has been recorded. All members of the leadership have now signed off: the mission statement is adopted.
flash-leitbild-signed-already = You had already signed off this version; your first sign-off stands.
error-leitbild-offer-changed = Another version has been put up for sign-off in the meantime. Please read that version before you sign it off. Nothing has been recorded.
error-leitbild-nothing-offered = No version is up for sign-off at the moment. Nothing has been recorded.

## The team's page (/leitbild/{id}/adoption)
leitbild-adoption-title = Sign-off and publication
leitbild-adoption-lead = Put a version up for sign-off. Once all members of the leadership have signed it off, it is adopted. Then publish the mission statement, add translations and download the poster.
leitbild-adoption-offered = Up for sign-off
leitbild-adoption-offered-none = no version yet
leitbild-adoption-adopted = Adoption
leitbild-adoption-state-adopted = adopted
leitbild-adoption-state-open = not adopted yet
leitbild-adoption-declared = declared by the process team
leitbild-adoption-signoffs = Sign-off by the leadership
leitbild-adoption-no-version = There is no version of the mission statement yet. Write the draft first.
leitbild-adoption-newer = Version { $newest } has been written since version { $offered } was put up for sign-off. Put the new version up for sign-off; the sign-offs so far stay on record for version { $offered }.
leitbild-adoption-offer-label = Version for sign-off
leitbild-adoption-offer-hint = The members of the leadership see this version in full when they open their personal link.
leitbild-adoption-offer = Put up for sign-off
leitbild-adoption-no-leaders = No members of the leadership have been entered yet. Enter them in the preparation.
leitbild-adoption-signed-count = { $signed } of { $leaders ->
    [one] { $leaders } member
   *[other] { $leaders } members
} of the leadership signed off the version up for sign-off.
leitbild-adoption-leaders-caption = Members of the leadership and their sign-off
leitbild-adoption-signoff = Sign-off
leitbild-adoption-link = Personal link
leitbild-adoption-signed = signed off
leitbild-adoption-open = open
leitbild-adoption-older = older version
leitbild-adoption-link-yes = available
leitbild-adoption-link-no = missing
leitbild-adoption-how = The members of the leadership sign off through their personal participation link, on the "sign-off" page. If a link is missing, create it in the preparation.
leitbild-adoption-declare-heading = Declare adopted
leitbild-adoption-declare-hint = If not all members of the leadership have signed off yet, the process team can declare the version adopted once at least one of them has – for example when someone is away for a long time. How many signed off stays visible.
leitbild-adoption-declare = Declare the version adopted
leitbild-adoption-adopted-heading = The adopted mission statement
leitbild-adoption-read = Read the adopted mission statement
leitbild-adoption-not-yet = Once a version is adopted, you publish it here, add translations and download the poster.
confirm-leitbild-declare-title = Declare version { $number } adopted?
confirm-leitbild-declare-text = Version { $number } then counts as the adopted mission statement of “{ $process }”, even though not all members of the leadership have signed it off. Further sign-offs are still recorded.
confirm-leitbild-declare-submit = Yes, declare it adopted
flash-leitbild-offered = The version is now up for sign-off.
flash-leitbild-adopted = The version has been declared adopted.
error-leitbild-no-signoff = No member of the leadership has signed off this version yet. The process team can declare it adopted only after at least one sign-off.

## Publication
leitbild-publication = Publication
leitbild-publication-none = not published
leitbild-publication-internal = internal
leitbild-publication-public = public
leitbild-publication-legend = Who may read the mission statement?
leitbild-publication-choice-internal = Internal
leitbild-publication-internal-hint = The members of the administration in ikoe, signed in, and the process team.
leitbild-publication-choice-public = Public
leitbild-publication-public-hint = Everyone, without signing in, at an address of its own – for example for the administration's website.
leitbild-publish = Publish
leitbild-publication-public-url = Public address:
leitbild-publication-internal-url = Address for the staff:
leitbild-publication-withdraw = Withdraw publication
confirm-leitbild-publication-withdraw-title = Withdraw the publication?
confirm-leitbild-publication-withdraw-text = The mission statement of “{ $process }” will then be visible to the process team only; the public address will show nothing any more.
confirm-leitbild-publication-withdraw-submit = Yes, withdraw
flash-leitbild-published = The mission statement has been published.
flash-leitbild-unpublished = The publication has been withdrawn.
error-leitbild-not-adopted = No version has been adopted yet. Only an adopted mission statement can be published.

## Translations
leitbild-translations = Translations
leitbild-translations-hint = Translations help everyone who reads another language more easily. The German text remains authoritative. When a new version is adopted, a translation counts as outdated until it is saved again.
leitbild-translation-language = Language
leitbild-translation-state = Status
leitbild-translation-actions = Actions
leitbild-translation-current = current
leitbild-translation-outdated = outdated
leitbild-translation-none = no translation yet
leitbild-translation-edit = Edit
leitbild-translation-add = Add
leitbild-translation-title = Translation
leitbild-translation-lead = Translate version { $number }, the adopted mission statement. The German text is shown beside each field.
leitbild-translation-outdated-note = This translation belongs to version { $old }. Version { $number } has been adopted since: update the translation and save it, then it counts as current.
leitbild-translation-original = German
leitbild-translation-principle = Guiding principle { $n }
leitbild-translation-goal = Goal of guiding principle { $n }
leitbild-translation-save = Save translation
flash-leitbild-translation-saved = The translation has been saved.
error-leitbild-translation-stale = Someone else has saved this translation or a new version has been adopted in the meantime. Your text is below, unchanged; check it and save again.
error-translation-nothing-to-translate = The German text has nothing here. Please leave this field empty.
confirm-leitbild-translation-remove-title = Remove the translation ({ $language })?
confirm-leitbild-translation-remove-text = The translation disappears from the mission statement's page and from the posters. The German text stays.
confirm-leitbild-translation-remove-submit = Yes, remove

## The poster
leitbild-poster = Poster
leitbild-poster-hint = The poster shows the motto large and the guiding principles with their goals, in print quality. Without a translation it is in German.
leitbild-poster-a3 = Poster A3 (PDF)
leitbild-poster-a2 = Poster A2 (PDF)
leitbild-poster-heading = Our mission statement
leitbild-poster-footer = Adopted on { $date } · version { $number }

## The published text (/leitbild/{id}/text, /l/{id})
leitbild-published-title = Mission statement
leitbild-published-languages = Languages of the mission statement
leitbild-published-missing = The mission statement is not available in this language yet. Here is the German text.
leitbild-published-outdated = This translation belongs to an earlier version of the mission statement. The German text is authoritative:
leitbild-published-adopted = Adopted on { $date }
leitbild-published-team-none = Not published yet: only the process team sees this page.
leitbild-published-team-internal = Published internally: the members of the administration see this page.
leitbild-published-team-public = Published for everyone, without signing in, at
