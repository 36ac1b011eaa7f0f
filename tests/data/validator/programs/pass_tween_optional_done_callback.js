// Click the card to flip it over and back; a second click while it turns is ignored.
class Flip extends Phaser.Scene {
  constructor() { super('flip'); }
  preload() {}
  create() {
    this.card = this.add.rectangle(400, 300, 160, 220, 0x3366cc).setInteractive();
    this.faceUp = false;
    this.busy = false;
    this.card.on('pointerdown', () => {
      if (this.busy) return;
      this.busy = true;
      this.turn(this.faceUp ? 0x3366cc : 0xeeeeee, () => { this.busy = false; });
      this.faceUp = !this.faceUp;
    });
    this.turn(0x3366cc);
  }
  turn(colour, done) {
    this.tweens.add({
      targets: this.card, scaleX: 0, duration: 120,
      onComplete: () => {
        this.card.setFillStyle(colour);
        this.tweens.add({ targets: this.card, scaleX: 1, duration: 120, onComplete: done });
      }
    });
  }
  update() {}
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, backgroundColor: '#0b3d0b', scene: Flip });
