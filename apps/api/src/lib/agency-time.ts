// The agency's clock on the wall: Georgia keeps Eastern time. Days in filters, dates in statements
// and times in emails are the agency's, whatever the server's time zone.
export const AGENCY_TIME_ZONE = 'America/New_York';
