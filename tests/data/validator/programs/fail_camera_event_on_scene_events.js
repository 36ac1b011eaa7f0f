// Waits for the camera's fade-out on the scene's own events: only the camera emits it, so the round never restarts.
class Round extends Phaser.Scene {
  constructor() { super('round'); }
  preload() {}
  create() {
    this.add.text(400, 300, 'Round over', { fontSize: '40px' }).setOrigin(0.5);
    this.events.on(Phaser.Cameras.Scene2D.Events.FADE_OUT_COMPLETE, () => this.scene.restart());
    this.time.delayedCall(200, () => this.cameras.main.fadeOut(300));
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Round });
