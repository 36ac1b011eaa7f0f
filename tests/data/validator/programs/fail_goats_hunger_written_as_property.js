// Goats get hungrier every second; click a goat to feed it (hunger back to 0); a goat at 10 faints
class Farm extends Phaser.Scene {
  create() {
    this.goats = [];
    for (let i = 0; i < 4; i++) {
      const goat = this.add.rectangle(120 + i * 180, 300, 60, 40, 0xeeeeee).setInteractive();
      goat.setData('hunger', 0);
      goat.on('pointerdown', () => { goat.hunger = 0; });
      this.goats.push(goat);
    }
    this.time.addEvent({ delay: 1000, loop: true, callback: () => {
      for (const goat of this.goats) {
        goat.setData('hunger', goat.getData('hunger') + 1);
        if (goat.getData('hunger') >= 10) goat.setFillStyle(0x888888);
      }
    } });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, scene: Farm });
