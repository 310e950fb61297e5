// Word lists for generated demo people. Common American names, combined at random, so no row is
// meant to be anyone in particular; employers and streets are invented.

export const FIRST_NAMES = [
  'Aaliyah', 'Adrian', 'Alicia', 'Andre', 'Angela', 'Anthony', 'Ashley', 'Brandon', 'Brianna', 'Carlos',
  'Chantel', 'Christopher', 'Crystal', 'Darius', 'Denise', 'Derrick', 'Destiny', 'Dominic', 'Elena',
  'Eric', 'Felicia', 'Gabriel', 'Isaiah', 'Jasmine', 'Javier', 'Jennifer', 'Jerome', 'Kayla', 'Keisha',
  'Kevin', 'Kimberly', 'LaToya', 'Lauren', 'Marcus', 'Maria', 'Melissa', 'Michael', 'Monique', 'Nathan',
  'Nicole', 'Omar', 'Patrice', 'Priya', 'Quentin', 'Rachel', 'Rashad', 'Samantha', 'Shanice', 'Terrence',
  'Tiffany', 'Tyrone', 'Vanessa', 'Victor', 'Whitney', 'Xavier', 'Yolanda', 'Zachary',
] as const;

export const MIDDLE_NAMES = ['Lee', 'Marie', 'James', 'Ann', 'Ray', 'Lynn', 'Dean', 'Renee', 'Allen', 'Jo'] as const;

export const LAST_NAMES = [
  'Alexander', 'Baker', 'Bennett', 'Brooks', 'Bryant', 'Caldwell', 'Carter', 'Coleman', 'Dawson', 'Ellis',
  'Fleming', 'Foster', 'Gaines', 'Griffin', 'Hall', 'Harper', 'Hayes', 'Holloway', 'Jenkins', 'Kendrick',
  'Lawson', 'Lowery', 'Mathis', 'McBride', 'Mitchell', 'Nash', 'Owens', 'Patterson', 'Pruitt', 'Ramirez',
  'Reeves', 'Sanders', 'Simmons', 'Stallworth', 'Thornton', 'Tillman', 'Underwood', 'Vance', 'Walker',
  'Whitaker', 'Wiggins', 'Yarbrough',
] as const;

export const CHILD_NAMES = [
  'Aiden', 'Amara', 'Bella', 'Caleb', 'Chloe', 'Dylan', 'Elijah', 'Emma', 'Grace', 'Harper', 'Isla',
  'Jayden', 'Josiah', 'Kennedy', 'Kiara', 'Landon', 'Layla', 'Liam', 'Lucas', 'Maya', 'Micah', 'Mila',
  'Naomi', 'Nia', 'Olivia', 'Paisley', 'Riley', 'Samuel', 'Sophia', 'Trinity', 'Wyatt', 'Zion',
] as const;

export const STREETS = [
  'Magnolia Lane', 'Pecan Grove Drive', 'Dogwood Circle', 'Willow Bend Road', 'Cedar Ridge Court',
  'Peachtree Hollow Way', 'Azalea Trace', 'Live Oak Street', 'Sweetgum Drive', 'Hickory Bluff Road',
  'Red Clay Lane', 'Sycamore Point', 'Longleaf Pine Drive', 'Cotton Mill Road', 'Riverbend Terrace',
] as const;

export const EMPLOYERS = [
  'Peach State Logistics', 'Red Clay Builders', 'Southern Crescent Health', 'Piedmont Packaging Co.',
  'Magnolia Home Care', 'Chattahoochee Freight', 'Golden Isles Hospitality', 'Blue Ridge Auto Parts',
  'Coastal Plain Foods', 'Sweetwater Retail Group', 'Oconee Manufacturing', 'Flint River Distribution',
] as const;
