// bpmn-js with its styles: large, so the diagram component imports this module only when it draws one.
// NavigatedViewer: the wheel (or a pinch) zooms and dragging moves the canvas.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

type CanvasLike = {
  zoom: { (level: 'fit-viewport' | number, center?: 'auto'): number; (): number };
  addMarker: (id: string, marker: string) => void;
};
type RegistryLike = { get: (id: string) => unknown };

export type Viewer = {
  /** Draws the XML, fits it into the container and marks the given activities. */
  show: (xml: string, marks: { ids: string[] | undefined; marker: string }[]) => Promise<void>;
  /** Zooms in (step > 0) or out (step < 0) around the centre; 0 fits the whole diagram again. */
  zoom: (step: number) => void;
  destroy: () => void;
};

export function createViewer(container: HTMLElement): Viewer {
  const viewer = new NavigatedViewer({ container });
  const canvas = () => viewer.get<CanvasLike>('canvas');
  return {
    show: async (xml, marks) => {
      await viewer.importXML(xml);
      const registry = viewer.get<RegistryLike>('elementRegistry');
      canvas().zoom('fit-viewport');
      for (const { ids, marker } of marks) {
        for (const id of ids ?? []) if (registry.get(id)) canvas().addMarker(id, marker);
      }
    },
    zoom: (step) => {
      if (step === 0) {
        canvas().zoom('fit-viewport');
        return;
      }
      const now = canvas().zoom();
      canvas().zoom(Math.min(4, Math.max(0.2, now * (step > 0 ? 1.25 : 0.8))), 'auto');
    },
    destroy: () => viewer.destroy(),
  };
}
