/**
 * The guide: the chapter's text, its question to predict before playing, and the way through its
 * scenes and on to the next chapter. Closed, it is one line offering the chapters.
 */
import type { ReactNode } from 'react';
import { useId } from 'react';
import { CHAPTERS } from '../../story/chapters';
import { ChapterText } from './ChapterText';
import './story.css';
import type { Guide } from './useGuide';

const FREE = -1;

function ChapterSelect({ guide }: { guide: Guide }) {
  const id = useId();
  return (
    <span className="guide-select">
      <label htmlFor={id}>Chapter</label>
      <select
        id={id}
        value={guide.position?.chapter ?? FREE}
        onChange={(event) => {
          const index = Number(event.target.value);
          if (index === FREE) guide.leave();
          else guide.open(index);
        }}
      >
        <option value={FREE}>Explore freely</option>
        {CHAPTERS.map((chapter, index) => (
          <option key={chapter.id} value={index}>
            {index + 1}. {chapter.title}
          </option>
        ))}
      </select>
    </span>
  );
}

function GuideNotices({ guide }: { guide: Guide }) {
  if (guide.notices.length === 0) return null;
  return (
    <div className="guide-notices" role="status">
      <ul>
        {guide.notices.map((notice) => (
          <li key={notice}>{notice}</li>
        ))}
      </ul>
      <button type="button" className="button button-small" onClick={guide.dismissNotices}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * The guide while it is closed: an invitation and the way in (the first chapter, or any), with
 * the notices of a chapter a link named but the guide does not have.
 */
export function GuideLauncher({ guide }: { guide: Guide }) {
  if (guide.chapter) return null;
  return (
    <section className="guide guide-closed" aria-label="Guide">
      <GuideNotices guide={guide} />
      <p className="guide-invite">
        New here? The guide walks through logistic regression and gradient descent in{' '}
        {CHAPTERS.length} short chapters, each with a question to answer before you press play.
      </p>
      <div className="guide-nav">
        <button type="button" className="button" onClick={() => guide.open(0)}>
          Start the guide
        </button>
        <ChapterSelect guide={guide} />
      </div>
    </section>
  );
}

export function GuidePanel({
  guide,
  textShown: showText,
  onTextShown: setTextShown,
  prediction,
  panels,
}: {
  guide: Guide;
  /** Whether the chapter's text shows (a presenter hides it and talks over the figures). */
  textShown: boolean;
  onTextShown: (shown: boolean) => void;
  /** The controls to mark a guess and see how close it was, in the question's box. */
  prediction?: ReactNode;
  /** The chapter's own panels (Chapter.panels), under its text. */
  panels?: ReactNode;
}) {
  const titleId = useId();
  const textId = useId();
  const { chapter, position, scene } = guide;
  if (!chapter || !position || !scene) return null;
  const scenes = chapter.scenes.length;
  const atEnd = position.chapter === CHAPTERS.length - 1 && position.scene === scenes - 1;
  const atStart = position.chapter === 0 && position.scene === 0;
  return (
    <section className="guide" aria-labelledby={titleId}>
      <GuideNotices guide={guide} />
      <div className="guide-top">
        <span className="guide-count">
          Chapter {position.chapter + 1} of {CHAPTERS.length}
        </span>
        <ChapterSelect guide={guide} />
        <button
          type="button"
          className="button button-small"
          aria-expanded={showText}
          aria-controls={textId}
          onClick={() => setTextShown(!showText)}
        >
          {showText ? 'Hide the text' : 'Show the text'}
        </button>
        <button type="button" className="button button-small" onClick={guide.leave}>
          Leave the guide
        </button>
      </div>
      <h2 id={titleId} className="guide-title">
        {chapter.title}
      </h2>
      <div className="guide-body">
        {/* On the stage the text scrolls in its box: focusable, so a keyboard can scroll it. */}
        <div
          className="guide-text"
          id={textId}
          hidden={!showText}
          role="region"
          aria-label="The chapter’s text"
          tabIndex={0}
        >
          {chapter.paragraphs.map((paragraph, index) => (
            <ChapterText key={index} paragraph={paragraph} />
          ))}
        </div>
        <aside className="guide-question" aria-label="Predict first">
          <p className="guide-question-label">Predict first</p>
          <p>{chapter.question}</p>
          {prediction}
        </aside>
      </div>
      {panels && <div className="guide-panels">{panels}</div>}
      <div className="guide-nav">
        <button
          type="button"
          className="button"
          onClick={guide.previous}
          disabled={atStart}
          aria-keyshortcuts="PageUp"
        >
          Previous
        </button>
        <button
          type="button"
          className="button button-primary"
          onClick={guide.next}
          disabled={atEnd}
          aria-keyshortcuts="PageDown"
        >
          Next
        </button>
        <p className="guide-scene" role="status">
          Scene {position.scene + 1} of {scenes}: {scene.caption}
          {guide.problem && <span className="guide-problem"> {guide.problem}</span>}
        </p>
      </div>
    </section>
  );
}
