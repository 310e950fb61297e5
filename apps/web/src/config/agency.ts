// Contact details printed on several pages. The number is the one the agency's own notices give
// for the Customer Communication Center.
export const customerServicePhone = {
  display: '1-877-423-4746',
  href: 'tel:+18774234746',
} as const;
