app-name = ikoe
skip-to-content = Skip to main content
nav-label = Main navigation
nav-home = Home
nav-orgs = Organisations
nav-profile = Your account
nav-admin = Administration
nav-login = Sign in
nav-logout = Sign out
lang-switch-label = Choose language
breadcrumbs-label = Breadcrumbs
footer-label = Footer
footer-imprint = Legal notice
footer-privacy = Privacy
footer-accessibility = Accessibility statement
footer-barrier-report = Report an accessibility problem
pagination-label = Pages
pagination-prev = Previous page
pagination-next = Next page
pagination-page = Page
optional = optional
choose = Please choose
filter-any = All
save = Save
yes = yes
no = no
home-title = Welcome to ikoe
home-lead = The platform for the intercultural opening of public administration: training, networking and participation in one place.
home-my-orgs = Your organisations
home-no-orgs = You do not belong to an organisation yet. An admin of your organisation can invite you.
home-manage-members = Manage members
home-profile-link = Your account
home-about-title = What ikoe is about
home-org-count = { $count ->
    [one] { $count } organisation in the directory
   *[other] { $count } organisations in the directory
}
error-summary-title = There is a problem
error-prefix = Error:
error-required = Fill in this field.
error-too-long = The text is too long.
error-control-chars = Do not use line breaks or control characters.
error-stacked-marks = Please do not stack more than four accents or marks on one letter.
error-email = Enter an email address in the correct format, like name@example.com.
error-url = Enter a web address that starts with https://.
error-choose-option = Choose one of the options.
error-internal = That did not work. Please try again.
error-too-many-attempts = Too many attempts. Wait 15 minutes, then try again.
error-stale = Someone else has changed these details in the meantime. Check your answers and save again.
error-page-home-link = Go to the home page
error-page-bad-request-title = Incomplete request
error-page-bad-request-text = The form arrived incomplete. Go back, reload the page and send it again.
error-page-not-found-title = Page not found
error-page-not-found-text = This page does not exist or no longer exists. Check the address.
error-page-forbidden-title = No access
error-page-forbidden-text = You do not have permission to see this page. Contact an admin of your organisation.
error-page-csrf-title = Form expired
error-page-csrf-text = The form was no longer valid, so nothing was saved. Go back, reload the page and send the form again. Your answers are usually still there.
error-page-rate-limited-title = Too many requests
error-page-rate-limited-text = Wait a moment, then try again.
error-page-internal-title = Something went wrong
error-page-internal-text = Sorry, something went wrong. Nothing was changed. Please try again later.
flash-saved = Saved.
error-page-too-large-title = Too much at once
error-page-too-large-text = The form contained more text than ikoe accepts. Nothing was saved. Shorten the text and send it again.

# start page, header menu, lists (issue 11)
home-personal-lead = What comes next and what is waiting for you.
home-tasks = Waiting for you
home-pending-total = { $count ->
    [one] One registration is waiting for your approval.
   *[other] { $count } registrations are waiting for your approval.
}
home-pending = { $count ->
    [one] One registration waiting for approval
   *[other] { $count } registrations waiting for approval
}
home-open-slots = { $count ->
    [one] One module has no speaker yet
   *[other] { $count } modules have no speaker yet
}
home-next = My next dates
home-next-empty = You are not registered for any training course at the moment.
home-next-module = Next module:
home-all-registrations = All my registrations
home-find-series = Find training courses
home-spaces = My spaces
home-spaces-empty = You do not belong to any space yet.
home-new-posts = { $count ->
    [one] one new post
   *[other] { $count } new posts
}
home-search-label = Search training courses
home-search-submit = Search
home-open = Open for registration now
home-open-empty = No training course is open for registration right now.
home-free-seats = { $count ->
    [one] One seat left
   *[other] { $count } seats left
}
home-more-series = See all training courses
catalogue-search = Search term
nav-menu = Menu
list-separator = {", "}
table-scroll-hint = The table is wider than the screen: swipe sideways to see all columns.
# states, districts and district-free cities (crates/ikoe/src/regions.rs)
region-DE-BW = Baden-Württemberg
region-DE-BY = Bavaria
region-DE-BE = Berlin
region-DE-BB = Brandenburg
region-DE-HB = Bremen
region-DE-HH = Hamburg
region-DE-HE = Hesse
region-DE-MV = Mecklenburg-Western Pomerania
region-DE-NI = Lower Saxony
region-DE-NW = North Rhine-Westphalia
region-DE-RP = Rhineland-Palatinate
region-DE-SL = Saarland
region-DE-SN = Saxony
region-DE-ST = Saxony-Anhalt
region-ST-SAW = Altmarkkreis Salzwedel
region-ST-ABI = Anhalt-Bitterfeld
region-ST-BK = Börde
region-ST-BLK = Burgenlandkreis
region-ST-HZ = Harz
region-ST-JL = Jerichower Land
region-ST-MSH = Mansfeld-Südharz
region-ST-SK = Saalekreis
region-ST-SLK = Salzlandkreis
region-ST-SDL = Stendal
region-ST-WB = Wittenberg
region-ST-DE = Dessau-Roßlau
region-ST-HAL = Halle (Saale)
region-ST-MD = Magdeburg
region-DE-SH = Schleswig-Holstein
region-DE-TH = Thuringia
