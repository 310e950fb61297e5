// Offices of 28 Georgia counties: real county and city names, ZIP codes and approximate
// coordinates of the county seat (for the map link), but invented street addresses and telephone
// numbers in the 555-01xx block that is reserved for fiction.

export const OFFICE_HOURS = 'Monday–Friday 8:00 a.m.–5:00 p.m.';

const BASE_SERVICES = [
  'Open a child support case',
  'Establish paternity',
  'Establish and enforce support orders',
  'Payment and balance questions',
  'Review and modification of orders',
  "Driver's license release questions",
];

// Larger metro offices offer more in person.
const METRO_SERVICES = [...BASE_SERVICES, 'Genetic testing by appointment', 'Parent employment program'];

type OfficeRow = readonly [
  county: string,
  city: string,
  zip: string,
  area: string,
  lat: number,
  lng: number,
  street: string,
];

const ROWS: readonly OfficeRow[] = [
  ['Fulton', 'Atlanta', '30303', '404', 33.749, -84.388, '150 Marietta Commons Street NW'],
  ['DeKalb', 'Decatur', '30030', '404', 33.7748, -84.2963, '320 Ponce Trace Avenue'],
  ['Cobb', 'Marietta', '30060', '770', 33.9526, -84.5499, '88 Kennesaw Square'],
  ['Gwinnett', 'Lawrenceville', '30046', '770', 33.9562, -83.988, '410 Crogan Park Drive'],
  ['Clayton', 'Jonesboro', '30236', '770', 33.5215, -84.3538, '715 Tara Commons Road'],
  ['Chatham', 'Savannah', '31401', '912', 32.0809, -81.0912, '22 Oglethorpe Row East'],
  ['Richmond', 'Augusta', '30901', '706', 33.4735, -82.0105, '630 Riverwalk Plaza'],
  ['Muscogee', 'Columbus', '31901', '706', 32.461, -84.9877, '1200 Chattahoochee Court'],
  ['Bibb', 'Macon', '31201', '478', 32.8407, -83.6324, '455 Cherry Blossom Way'],
  ['Clarke', 'Athens', '30601', '706', 33.9519, -83.3576, '275 Oconee Hill Street'],
  ['Dougherty', 'Albany', '31701', '229', 31.5785, -84.1557, '340 Flint River Parkway'],
  ['Lowndes', 'Valdosta', '31601', '229', 30.8327, -83.2785, '980 Azalea Center Drive'],
  ['Hall', 'Gainesville', '30501', '770', 34.2979, -83.8241, '160 Lakeshore Green'],
  ['Henry', 'McDonough', '30253', '770', 33.4473, -84.1469, '55 Courthouse Square'],
  ['Cherokee', 'Canton', '30114', '770', 34.2368, -84.4908, '230 Etowah Landing'],
  ['Forsyth', 'Cumming', '30040', '770', 34.2073, -84.1402, '610 Lanier Commons Boulevard'],
  ['Houston', 'Warner Robins', '31093', '478', 32.613, -83.6242, '840 Watson Park Drive'],
  ['Glynn', 'Brunswick', '31520', '912', 31.1499, -81.4915, '1505 Marshes Edge Avenue'],
  ['Whitfield', 'Dalton', '30720', '706', 34.7698, -84.9702, '315 Carpet Mill Lane'],
  ['Floyd', 'Rome', '30161', '706', 34.257, -85.1647, '12 Seven Hills Plaza'],
  ['Carroll', 'Carrollton', '30117', '770', 33.5801, -85.0766, '470 Adamson Square Loop'],
  ['Coweta', 'Newnan', '30263', '770', 33.3807, -84.7997, '95 Greenville Court'],
  ['Douglas', 'Douglasville', '30134', '770', 33.7515, -84.7477, '6700 Sweetwater Commons'],
  ['Troup', 'LaGrange', '30240', '706', 33.0362, -85.0322, '210 Lafayette Green'],
  ['Bulloch', 'Statesboro', '30458', '912', 32.4488, -81.7832, '48 Fair Road Plaza'],
  ['Thomas', 'Thomasville', '31792', '229', 30.8366, -83.9788, '330 Rose City Avenue'],
  ['Ware', 'Waycross', '31501', '912', 31.2136, -82.354, '705 Okefenokee Parkway'],
  ['Spalding', 'Griffin', '30223', '770', 33.2468, -84.2641, '140 Solomon Station Drive'],
];

const METRO = new Set(['Fulton', 'DeKalb', 'Cobb', 'Gwinnett', 'Clayton', 'Chatham', 'Richmond', 'Bibb']);

export type SeedOffice = {
  id: string;
  name: string;
  county: string;
  addressLine1: string;
  addressLine2: string | null;
  city: string;
  state: string;
  zip: string;
  phone: string;
  hours: string;
  services: string[];
  latitude: number;
  longitude: number;
};

/** Phones are stored as 10 digits, like people's (schema.prisma); screens format them. */
export function buildOffices(uuid: () => string): SeedOffice[] {
  return ROWS.map(([county, city, zip, area, latitude, longitude, street], index) => ({
    id: uuid(),
    name: `${county} County Child Support Office`,
    county,
    addressLine1: street,
    addressLine2: index % 3 === 0 ? `Suite ${100 + index * 10}` : null,
    city,
    state: 'GA',
    zip,
    phone: `${area}5550${100 + index}`,
    hours: OFFICE_HOURS,
    services: METRO.has(county) ? [...METRO_SERVICES] : [...BASE_SERVICES],
    latitude,
    longitude,
  }));
}

export const OFFICE_COUNTIES: readonly string[] = ROWS.map(([county]) => county);
export const OFFICE_CITIES: ReadonlyMap<string, { city: string; zip: string; area: string }> = new Map(
  ROWS.map(([county, city, zip, area]) => [county, { city, zip, area }]),
);
