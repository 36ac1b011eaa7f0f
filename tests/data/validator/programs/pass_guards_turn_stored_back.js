// Guards patrol left and right between their posts
class Patrol extends Phaser.Scene {
  create() {
    this.guards = this.physics.add.group();
    for (let i = 0; i < 3; i++) {
      const g = this.add.rectangle(200, 120 + i * 150, 26, 26, 0xcc4444);
      this.guards.add(g);
      g.setData({ dir: 1, minX: 120, maxX: 680 });
    }
  }
  update() {
    this.guards.getChildren().forEach((guard) => {
      let dir = guard.getData('dir');
      if (guard.x > guard.getData('maxX')) dir = -1;
      if (guard.x < guard.getData('minX')) dir = 1;
      guard.setData("dir", dir);
      guard.body.setVelocityX(150 * dir);
    });
  }
}
new Phaser.Game({ type: Phaser.AUTO, width: 800, height: 600, physics: { default: 'arcade' }, scene: Patrol });
