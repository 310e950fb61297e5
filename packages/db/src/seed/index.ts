// Placeholder replaced by the seed implementation.
export {};
