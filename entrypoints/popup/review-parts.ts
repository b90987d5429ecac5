// The clip review and its tag suggestions: one chunk, loaded once a clip is there to review.
export { ClipReview } from '../../components/ClipReview';
export { suggestTags } from '../../utils/clip/suggest-tags';
