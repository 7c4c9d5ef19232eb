// RFC 8656 §18.9 DONT-FRAGMENT
//
// No value (length 0): the server should set the DF bit on the IP packets it relays to the peer.
import { defineAttribute } from '../../stun/attributes/codec';
import { flagCodec } from '../../stun/attributes/shapes';

export const dontFragment = flagCodec(0x001a, 'DONT-FRAGMENT', 'turn.attribute.dont-fragment');
export default defineAttribute(dontFragment);
