// RFC 8445 §16.1 USE-CANDIDATE (ICE)
//
// No value (length 0): the controlling agent nominates the candidate pair this check runs on.
import { defineAttribute } from './codec';
import { flagCodec } from './shapes';

export const useCandidate = flagCodec(0x0025, 'USE-CANDIDATE', 'stun.attribute.use-candidate');
export default defineAttribute(useCandidate);
