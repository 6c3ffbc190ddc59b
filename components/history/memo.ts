import { Component, type ComponentChild, type ComponentType } from 'preact';

/**
 * A component that renders again only when `same` says its props changed: what React calls
 * `memo`, without preact/compat (which would change how every form control on the page behaves).
 * For components without hooks: `render` is called from the wrapper's own render.
 */
export function memo<P extends object>(
  render: (props: P) => ComponentChild,
  same: (previous: Readonly<P>, next: Readonly<P>) => boolean,
): ComponentType<P> {
  return class Memo extends Component<P> {
    override shouldComponentUpdate(next: Readonly<P>): boolean {
      return !same(this.props, next);
    }
    override render(): ComponentChild {
      return render(this.props);
    }
  };
}
