import { css } from 'lit';

/**
 * Tokens and states every element shares. Each element reads these through its own custom properties
 * (`--dz-matrix-lead-color: var(--dz-color-lead)`), so a page can theme all elements at once or one at a time.
 */
export default css`
  :host {
    --dz-font-family: system-ui, -apple-system, 'PingFang TC', 'Noto Sans CJK TC', 'Microsoft JhengHei', sans-serif;
    --dz-color-text: #1f2328;
    --dz-color-muted: #57606a;
    --dz-color-surface: #ffffff;
    --dz-color-surface-alt: #f6f8fa;
    --dz-color-border: #d0d7de;
    --dz-color-accent: #0b5cad;
    --dz-color-focus: #0b5cad;
    --dz-color-lead: #8a1c1c;
    --dz-color-lead-bg: #fde8e8;
    --dz-color-participating: #1d4f91;
    --dz-color-participating-bg: #e3eefc;
    --dz-color-met: #116329;
    --dz-color-on-track: #116329;
    --dz-color-behind: #7d4e00;
    --dz-color-missed: #a40e26;
    --dz-color-not-started: #57606a;
    --dz-color-error: #a40e26;
    --dz-color-error-bg: #ffebe9;
    --dz-radius: 6px;
    --dz-space: 0.5rem;

    display: block;
    font-family: var(--dz-font-family);
    color: var(--dz-color-text);
    line-height: 1.5;
  }

  @media (prefers-color-scheme: dark) {
    :host {
      --dz-color-text: #e6edf3;
      --dz-color-muted: #9da7b3;
      --dz-color-surface: #161b22;
      --dz-color-surface-alt: #21262d;
      --dz-color-border: #3d444d;
      --dz-color-accent: #58a6ff;
      --dz-color-focus: #58a6ff;
      --dz-color-lead: #ffa198;
      --dz-color-lead-bg: #3d1a1a;
      --dz-color-participating: #a5c8ff;
      --dz-color-participating-bg: #14284a;
      --dz-color-met: #56d364;
      --dz-color-on-track: #56d364;
      --dz-color-behind: #e3b341;
      --dz-color-missed: #ff7b72;
      --dz-color-not-started: #9da7b3;
      --dz-color-error: #ff7b72;
      --dz-color-error-bg: #3d1a1a;
    }
  }

  :host([hidden]) {
    display: none;
  }

  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    padding: 0;
    margin: -1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }

  .message {
    margin: 0;
    padding: var(--dz-space) calc(var(--dz-space) * 1.5);
    border-radius: var(--dz-radius);
    border: 1px solid var(--dz-color-border);
    background: var(--dz-color-surface-alt);
  }

  .message.error {
    display: flex;
    gap: var(--dz-space);
    align-items: baseline;
    color: var(--dz-color-error);
    background: var(--dz-color-error-bg);
    border-color: currentColor;
  }

  .loading {
    display: grid;
    gap: var(--dz-space);
  }

  .skeleton {
    display: block;
    height: 1em;
    border-radius: var(--dz-radius);
    background: var(--dz-color-surface-alt);
    animation: dz-pulse 1.2s ease-in-out infinite;
  }

  .skeleton:nth-child(odd) {
    width: 70%;
  }

  @keyframes dz-pulse {
    50% {
      opacity: 0.5;
    }
  }

  @media (prefers-reduced-motion: reduce) {
    .skeleton {
      animation: none;
    }
  }

  :focus-visible {
    outline: 2px solid var(--dz-color-focus);
    outline-offset: 2px;
  }

  @media (forced-colors: active) {
    .message.error {
      border-color: CanvasText;
    }
    .skeleton {
      background: GrayText;
    }
  }
`;
