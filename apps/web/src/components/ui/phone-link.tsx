import { customerServicePhone } from '../../config/agency.ts';

/** The Customer Communication Center number, dialable on phones; never split over two lines. */
export function PhoneLink() {
  return (
    <a className="text-no-wrap" href={customerServicePhone.href}>
      {customerServicePhone.display}
    </a>
  );
}
