// What the checks take from the demo data, and a file they upload.

// A demo person who already has an account (shares the demo password).
export const EXISTING_EMAIL = 'samira.haddad@ikoe.example';

// An office of the demo data and one of its people.
export const OFFICE = 'Koordinierungsstelle Integration Harz';
export const OFFICE_EMAIL = 'mehmet.yilmaz@ikoe.example';
export const OFFICE_NAME = 'Mehmet Yılmaz-Krause';

// A tiny but real PDF (as a browser would upload it).
export const PDF_BYTES = Buffer.from('%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n');
