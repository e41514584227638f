import { useEffect } from 'react';
import { PageHeader } from '../../ui/PageHeader.tsx';
import { PlaygroundExport } from '../history/PlaygroundExport.tsx';
import { useSettings } from '../settings/settings-store.ts';
import { AddModel } from './add-model/AddModel.tsx';
import { BlindVote } from './blind/BlindVote.tsx';
import { DefaultsMenu } from './column-settings/DefaultsMenu.tsx';
import { Composer } from './composer/Composer.tsx';
import { ConversationLine } from './composer/ConversationLine.tsx';
import { PlaygroundDiff } from './diff/PlaygroundDiff.tsx';
import { ColumnsArea } from './layout/ColumnsArea.tsx';
import { HelpOverlay } from './layout/HelpOverlay.tsx';
import { LayoutControls } from './layout/LayoutControls.tsx';
import { usePlaygroundShortcuts } from './layout/use-playground-shortcuts.ts';
import { PresetMenu } from './presets/PresetMenu.tsx';
import { connectRunEvents, usePlaygroundRun } from './run-store.ts';
import { usePlaygroundSetup } from './setup-store.ts';
import { SummaryBar } from './summary/SummaryBar.tsx';
import './playground.css';

/** The remembered columns and defaults, taken once the settings arrived from main. */
function useRememberedSetup(): void {
  const settingsLoaded = useSettings((state) => state.loaded);
  useEffect(() => {
    if (!settingsLoaded || usePlaygroundSetup.getState().loaded) return;
    usePlaygroundSetup.getState().load(useSettings.getState().settings.playground);
  }, [settingsLoaded]);
}

/** What compare.start refused, when it is about the whole request (a column's own shows in it). */
function StartError() {
  const startError = usePlaygroundRun((state) => state.startError);
  if (!startError) return null;
  return (
    <div className="banner pg-start-error" role="alert">
      <p>{startError.error.message}</p>
      <button type="button" className="quiet" onClick={() => usePlaygroundRun.getState().dismissStartError()}>
        Dismiss
      </button>
    </div>
  );
}

/**
 * `hidden`: another page shows. The Playground stays mounted and laid out (its answers keep streaming in
 * and come back without being rendered again) but out of sight, inert (out of the tab order and of
 * reach), hidden from assistive technology, its shortcuts off. See playground.css for how it is hidden.
 */
export function PlaygroundPage({ hidden = false }: { hidden?: boolean }) {
  useRememberedSetup();
  usePlaygroundShortcuts(!hidden);
  useEffect(connectRunEvents, []);
  return (
    <div className="playground-page" hidden={hidden} inert={hidden} aria-hidden={hidden || undefined}>
      <PageHeader title="Playground">
        <ConversationLine />
        <PlaygroundExport />
      </PageHeader>
      <Composer />
      <div className="pg-toolbar">
        <AddModel />
        <PresetMenu />
        <DefaultsMenu />
        <LayoutControls />
      </div>
      <StartError />
      <ColumnsArea />
      <BlindVote />
      <SummaryBar />
      <HelpOverlay />
      <PlaygroundDiff />
    </div>
  );
}
