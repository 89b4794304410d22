// bpmn-js with its styles: large, so the diagram component imports this module only when it draws one.
import 'bpmn-js/dist/assets/diagram-js.css';
import 'bpmn-js/dist/assets/bpmn-js.css';
import 'bpmn-js/dist/assets/bpmn-font/css/bpmn-embedded.css';
import NavigatedViewer from 'bpmn-js/lib/NavigatedViewer';

type CanvasLike = { zoom: (level: string) => unknown; addMarker: (id: string, marker: string) => void };
type RegistryLike = { get: (id: string) => unknown };

export type Viewer = {
  /** Draws the XML, fits it into the container and marks the given activities. */
  show: (xml: string, marks: { ids: string[] | undefined; marker: string }[]) => Promise<void>;
  destroy: () => void;
};

export function createViewer(container: HTMLElement): Viewer {
  const viewer = new NavigatedViewer({ container });
  return {
    show: async (xml, marks) => {
      await viewer.importXML(xml);
      const canvas = viewer.get<CanvasLike>('canvas');
      const registry = viewer.get<RegistryLike>('elementRegistry');
      canvas.zoom('fit-viewport');
      for (const { ids, marker } of marks) {
        for (const id of ids ?? []) if (registry.get(id)) canvas.addMarker(id, marker);
      }
    },
    destroy: () => viewer.destroy(),
  };
}
